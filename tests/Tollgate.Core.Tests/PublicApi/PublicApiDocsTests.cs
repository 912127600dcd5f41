using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Tollgate.Core.Config;
using Tollgate.Core.Errors;

namespace Tollgate.Core.Tests.PublicApi;

/// <summary>
/// Every public type and member of Tollgate.Core has XML documentation (Tollgate.Core.xml, next to the DLL). The build's
/// CS1591 misses positional record properties (their docs are param tags); this reads the documentation file itself.
/// </summary>
public class PublicApiDocsTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Test]
    public void Every_public_type_and_member_of_Core_is_documented()
    {
        // Arrange
        var assembly = typeof(ConfigLoader).Assembly;
        var xml = Path.ChangeExtension(assembly.Location, ".xml");
        var documented = XDocument.Load(xml).Descendants("member")
            .Where(m => m.Elements().Any(e => e.Name.LocalName is "summary" or "inheritdoc" || (e.Name.LocalName == "param" && e.Value.Trim().Length > 0)))
            .Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        // Act
        var missing = assembly.GetExportedTypes().SelectMany(Ids).Where(id => !documented.Contains(id)).ToList();

        // Assert
        Assert.That(missing, Is.Empty, $"public API without XML docs in {xml}: add a <summary> (or a <param> on the record)");
    }

    private static IEnumerable<string> Ids(Type type)
    {
        var id = TypeId(type);
        yield return "T:" + id;
        foreach (var member in type.GetMembers(Declared))
        {
            if (member.IsDefined(typeof(CompilerGeneratedAttribute)) || member is Type)
            {
                continue; // a record's Equals, Deconstruct, operators… and nested types (listed on their own)
            }

            switch (member)
            {
                case FieldInfo f when type == typeof(ErrorCodes) && f.IsLiteral:
                    break; // each code is documented by its page docs/errors/CODE.md (ErrorCodesTests)
                case FieldInfo f when !f.IsSpecialName:
                    yield return $"F:{id}.{f.Name}";
                    break;
                case PropertyInfo p:
                    yield return $"P:{id}.{p.Name}";
                    break;
                case ConstructorInfo c when c.GetParameters().Length == 0:
                    break; // an options record's implicit constructor: the type's summary says what it holds
                case MethodBase m when !m.IsSpecialName || m is ConstructorInfo:
                    var name = m is ConstructorInfo ? "#ctor" : m.Name;
                    var parameters = m.GetParameters();
                    yield return $"M:{id}.{name}" + (parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => ParameterId(p.ParameterType))) + ")");
                    break;
            }
        }
    }

    private static string TypeId(Type type) => type.FullName!.Replace('+', '.');

    private static string ParameterId(Type type) =>
        type.IsByRef ? ParameterId(type.GetElementType()!) + "@"
        : type.IsArray ? ParameterId(type.GetElementType()!) + "[]"
        : type.IsGenericType ? TypeId(type.GetGenericTypeDefinition())[..TypeId(type.GetGenericTypeDefinition()).IndexOf('`', StringComparison.Ordinal)] + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterId)) + "}"
        : TypeId(type);
}
