using System.Globalization;
using System.Text.Json.Nodes;

namespace ProcurementKit.Web.Workbench;

/// <summary>
/// The lots: each with a title, the product categories it buys and how it is deployed. Fields are named per lot
/// (<c>lot-0-title</c>, <c>lot-0-categories</c>, <c>lot-0-deployment</c>); only lots the tender already has are
/// written, and every other key of a lot (its own protection needs) is kept. Posted values go into the tender as
/// they are: a category the catalog does not know is reported by the core, like in a file.
/// </summary>
public static class LotsStep
{
    public static readonly IReadOnlyList<string> Keys = ["lots"];

    public const string AddLot = "add-lot";

    /// <summary>The <c>go</c> value of a lot's remove button: <c>remove-lot-2</c>.</summary>
    public const string RemoveLotPrefix = "remove-lot-";

    public static string Field(int lot, string name) => $"lot-{lot.ToString(CultureInfo.InvariantCulture)}-{name}";

    public static void Apply(TenderDraft draft, IFormCollection form)
    {
        var lots = draft.Lots();
        for (var i = 0; i < lots.Count; i++)
        {
            if (lots[i] is not JsonObject lot || !form.ContainsKey(Field(i, "title")))
            {
                continue;
            }

            lot["title"] = form[Field(i, "title")].ToString().Trim();
            lot["categories"] = new JsonArray([.. form[Field(i, "categories")]
                .Select(c => (c ?? string.Empty).Trim())
                .Where(c => c.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Select(c => (JsonNode)JsonValue.Create(c))]);
            var deployment = form[Field(i, "deployment")].ToString().Trim();
            if (deployment.Length == 0)
            {
                lot.Remove("deployment");
            }
            else
            {
                lot["deployment"] = deployment;
            }
        }
    }

    /// <summary>A new empty lot at the end, numbered after the highest numbered lot.</summary>
    public static void Add(TenderDraft draft)
    {
        var lots = draft.Lots();
        var next = lots.Select(l => int.TryParse(TenderDraft.TextOf(l, "id"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() + 1;
        lots.Add(new JsonObject
        {
            ["id"] = next.ToString(CultureInfo.InvariantCulture),
            ["title"] = string.Empty,
            ["categories"] = new JsonArray(),
        });
    }

    /// <summary>
    /// Removes a lot. Lots numbered 1, 2, 3 … stay numbered without gaps, as an officer counts them; lots with
    /// ids of their own keep them.
    /// </summary>
    public static void Remove(TenderDraft draft, string go)
    {
        var lots = draft.Lots();
        if (!int.TryParse(go.AsSpan(RemoveLotPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= lots.Count || lots.Count == 1)
        {
            return;
        }

        var counted = lots.Select((l, i) => TenderDraft.TextOf(l, "id") == (i + 1).ToString(CultureInfo.InvariantCulture)).All(x => x);
        lots.RemoveAt(index);
        if (counted)
        {
            for (var i = 0; i < lots.Count; i++)
            {
                if (lots[i] is JsonObject lot)
                {
                    lot["id"] = (i + 1).ToString(CultureInfo.InvariantCulture);
                }
            }
        }
    }

    /// <summary>The categories a lot has chosen, as the page shows them.</summary>
    public static IReadOnlyList<string> CategoriesOf(JsonNode? lot) =>
        lot is JsonObject o && o["categories"] is JsonArray list
            ? [.. list.Select(c => c is JsonValue v && v.TryGetValue<string>(out var id) ? id : null).OfType<string>()]
            : [];
}
