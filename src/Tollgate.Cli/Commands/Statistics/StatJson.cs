using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>Writes a <see cref="Core.Statistics.StatResult"/> as one JSON object; NaN becomes null.</summary>
internal static class StatJson
{
    public static string Write(Core.Statistics.StatResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("test", result.Test);
            if (result.HasStatistic)
            {
                Number(w, "statistic", result.Statistic);
                Number(w, "pvalue", result.PValue);
            }

            foreach (var (key, value) in result.Extra)
            {
                Value(w, key, value);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Value(Utf8JsonWriter w, string key, object value)
    {
        switch (value)
        {
            case double d:
                Number(w, key, d);
                break;
            case int or long:
                w.WriteNumber(key, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case string s:
                w.WriteString(key, s);
                break;
            case double[] arr:
                w.WriteStartArray(key);
                foreach (var d in arr)
                {
                    if (double.IsFinite(d))
                    {
                        w.WriteNumberValue(d);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                }

                w.WriteEndArray();
                break;
            case long[] counts:
                w.WriteStartArray(key);
                foreach (var c in counts)
                {
                    w.WriteNumberValue(c);
                }

                w.WriteEndArray();
                break;
            case string[] labels:
                w.WriteStartArray(key);
                foreach (var l in labels)
                {
                    w.WriteStringValue(l);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteString(key, value.ToString());
                break;
        }
    }

    private static void Number(Utf8JsonWriter w, string key, double v)
    {
        if (double.IsFinite(v))
        {
            w.WriteNumber(key, v);
        }
        else
        {
            w.WriteNull(key);
        }
    }
}
