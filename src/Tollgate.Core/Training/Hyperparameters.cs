using System.Globalization;
using System.Reflection;

namespace Tollgate.Core.Training;

/// <summary>Applies spec hyperparameters (camelCase names) onto an ML.NET trainer options object.</summary>
internal static class Hyperparameters
{
    public static void Apply(object options, IReadOnlyDictionary<string, string> values, string source)
    {
        foreach (var (name, text) in values)
        {
            var field = Find(options, name) ?? throw new TollgateException(
                ErrorCodes.TrainingSpecInvalid,
                $"{source}: trainer.hyperparameters.{name} is not a setting of {options.GetType().DeclaringType?.Name ?? options.GetType().Name}.",
                $"Valid names: {string.Join(", ", Names(options))}.");
            var type = Nullable.GetUnderlyingType(field.FieldType) ?? field.FieldType;
            try
            {
                field.SetValue(options, Convert.ChangeType(text, type, CultureInfo.InvariantCulture));
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
            {
                throw new TollgateException(ErrorCodes.TrainingSpecInvalid, $"{source}: trainer.hyperparameters.{name} = '{text}' is not a valid {type.Name}.", $"Give a {type.Name} value.");
            }
        }
    }

    public static void Set(object options, string name, object value) => Find(options, name)!.SetValue(options, value);

    private static FieldInfo? Find(object options, string name) =>
        options.GetType().GetField(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);

    private static IEnumerable<string> Names(object options) =>
        options.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Where(f => f.FieldType.IsPrimitive || Nullable.GetUnderlyingType(f.FieldType)?.IsPrimitive == true)
            .Select(f => char.ToLowerInvariant(f.Name[0]) + f.Name[1..])
            .Order(StringComparer.Ordinal);
}
