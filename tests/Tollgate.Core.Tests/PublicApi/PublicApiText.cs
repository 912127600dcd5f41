using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Tollgate.Core.Tests.PublicApi;

/// <summary>
/// The public surface of an assembly as sorted text, one line per type and per member, in C#-like signatures:
/// what a consumer can call, so a change to it shows as a diff in review.
/// </summary>
internal static class PublicApiText
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(int)] = "int", [typeof(long)] = "long", [typeof(double)] = "double",
        [typeof(float)] = "float", [typeof(decimal)] = "decimal", [typeof(char)] = "char",
    };

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Of(Assembly assembly) => Of(assembly.GetExportedTypes());

    public static string Of(IEnumerable<Type> types)
    {
        var text = new StringBuilder();
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeLine(type)).Append('\n');
            var members = type.GetMembers(Declared).Where(Visible)
                .Select(m => (Rank: Rank(m), m.Name, Line: Member(m)))
                .Where(m => m.Line is not null)
                .OrderBy(m => m.Rank).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Line, StringComparer.Ordinal);
            foreach (var member in members)
            {
                text.Append("  ").Append(member.Line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The exported types' full names, sorted (nested types included).</summary>
    public static IReadOnlyList<string> TypeNames(Assembly assembly) =>
        [.. assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal)];

    private static string TypeLine(Type type)
    {
        var kind = type.IsInterface ? "interface"
            : type.IsEnum ? "enum"
            : type.IsValueType ? (IsRecord(type) ? "record struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : IsRecord(type) ? "record" : "class";
        var modifiers = type is { IsAbstract: true, IsSealed: true } ? "static "
            : type.IsInterface || type.IsValueType ? ""
            : type.IsAbstract ? "abstract "
            : type.IsSealed ? "sealed " : "";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Where(n => !n.StartsWith("System.IEquatable<", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        return $"public {modifiers}{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(Visible),
        EventInfo e => e.AddMethod is { } add && Visible(add),
        _ => false, // nested types are listed as types of their own
    };

    private static string? Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"{Access(c)}{(c.IsStatic ? "static " : "")}ctor({Parameters(c)})",
        MethodInfo m when m.IsSpecialName && !m.Name.StartsWith("op_", StringComparison.Ordinal) => null, // accessors
        MethodInfo m when m.Name.StartsWith('<') => null, // compiler-generated (a record's <Clone>$)
        MethodInfo m => $"{Access(m)}{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})",
        PropertyInfo p => $"{Access(p.GetAccessors(true).First(Visible))}{(p.GetAccessors(true)[0].IsStatic ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {Accessors(p)}}}",
        FieldInfo f when f.DeclaringType!.IsEnum => f.IsSpecialName ? null : $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}",
        FieldInfo f => $"{Access(f)}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"{Access(e.AddMethod!)}event {Name(e.EventHandlerType!)} {e.Name}",
        _ => null,
    };

    /// <summary>Constructors, then fields, properties, events, methods and operators: the order a reader looks for them.</summary>
    private static int Rank(MemberInfo member) => member switch
    {
        ConstructorInfo => 0,
        FieldInfo => 1,
        PropertyInfo => 2,
        EventInfo => 3,
        MethodInfo m when m.Name.StartsWith("op_", StringComparison.Ordinal) => 5,
        _ => 4,
    };

    private static string Access(MethodBase m) => m.IsPublic ? "" : "protected ";

    private static string Access(FieldInfo f) => f.IsPublic ? "" : "protected ";

    private static string Accessors(PropertyInfo p)
    {
        var text = new StringBuilder();
        if (p.GetMethod is { } get && Visible(get))
        {
            text.Append("get; ");
        }

        if (p.SetMethod is { } set && Visible(set))
        {
            var init = set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            text.Append(init ? "init; " : "set; ");
        }

        return text.ToString();
    }

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")
            + (p.GetCustomAttribute<ParamArrayAttribute>() is null ? "" : "params ")
            + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType) + " " + p.Name
            + (p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : p.DefaultValue is string s ? $"\"{s}\"" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : "")));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var own = type.IsNested ? type.GetGenericArguments().Skip(type.DeclaringType!.GetGenericArguments().Length) : type.GetGenericArguments();
        return name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", own.Select(Name)) + ">";
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
