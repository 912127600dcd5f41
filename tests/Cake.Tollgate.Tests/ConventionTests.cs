using System.Reflection;
using System.Xml.Linq;
using Cake.Core.Annotations;

namespace Cake.Tollgate.Tests;

/// <summary>Keeps CONVENTIONS.md §3 true for every alias the addin has or will have.</summary>
public class ConventionTests
{
    private static readonly Assembly Addin = typeof(TollgateAliases).Assembly;

    private static IEnumerable<MethodInfo> Aliases() =>
        typeof(TollgateAliases).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.GetCustomAttribute<CakeMethodAliasAttribute>() is not null);

    [Test]
    public void Every_alias_has_a_category_a_tollgate_name_and_an_example()
    {
        // Arrange
        var docs = XDocument.Load(Path.ChangeExtension(Addin.Location, ".xml"));
        var withExamples = docs.Descendants("member").Where(m => m.Element("example")?.Element("code") is not null)
            .Select(m => (string)m.Attribute("name")!).ToHashSet();
        Assert.That(Aliases().Count(), Is.GreaterThan(20));

        foreach (var alias in Aliases())
        {
            // Assert
            Assert.That(alias.Name, Does.StartWith("Tollgate"));
            Assert.That(alias.GetCustomAttribute<CakeAliasCategoryAttribute>(), Is.Not.Null, alias.Name);
            var id = $"M:{alias.DeclaringType!.FullName}.{alias.Name}({string.Join(",", alias.GetParameters().Select(p => p.ParameterType.FullName))})";
            Assert.That(withExamples, Does.Contain(id), $"{id} has no <example><code>");
        }
    }

    [Test]
    public void Every_alias_has_an_overload_without_settings()
    {
        foreach (var group in Aliases().GroupBy(a => a.Name))
        {
            Assert.That(group.Any(a => a.GetParameters().All(p => p.ParameterType != typeof(TollgateSettings))), Is.True, $"{group.Key} needs an overload without settings");
        }
    }

    [Test]
    public void Aliases_return_immutable_result_records()
    {
        foreach (var type in Aliases().Select(a => a.ReturnType).Distinct())
        {
            Assert.That(type.GetMethod("<Clone>$"), Is.Not.Null, $"{type.Name} is a record");
            Assert.That(type.IsSealed, Is.True, type.Name);
            var setters = type.GetProperties().Where(p => p.SetMethod is { IsPublic: true } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)));
            Assert.That(setters, Is.Empty, $"{type.Name} has public setters");
        }
    }

    [Test]
    public void Settings_are_sealed_and_namespaces_are_imported_for_scripts()
    {
        // Arrange
        var imported = typeof(TollgateAliases).GetCustomAttributes<CakeNamespaceImportAttribute>().Select(a => a.Namespace).ToHashSet();

        // Assert
        Assert.That(Addin.GetExportedTypes().Where(t => t.Name.EndsWith("Settings", StringComparison.Ordinal)), Is.All.Matches<Type>(t => t!.IsSealed));
        Assert.That(Addin.GetExportedTypes().Select(t => t.Namespace).Distinct(), Is.SubsetOf(imported.Append("Cake.Tollgate")));
    }
}
