using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProcurementKit.Text;

/// <summary>How every JSON file of ProcurementKit is written: indented, umlauts and quotes readable as they are.</summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
