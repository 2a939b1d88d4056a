using ProcurementKit.Diagnostics;
namespace ProcurementKit.Evaluation.Forms;

/// <summary>The returned forms of a tender split into those evaluated and those rejected with their problems.</summary>
public sealed record ResponseSet(IReadOnlyList<BidderResponse> Responses, IReadOnlyList<RejectedForm> Rejected)
{
    /// <summary>
    /// Keeps every form that was read without problems, unless two name the same bidder: then neither counts,
    /// because choosing one would decide the award by file order.
    /// </summary>
    public static ResponseSet Collect(IEnumerable<FormReadResult> results)
    {
        var all = results.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
        var rejected = all.Where(r => !r.Succeeded).Select(r => new RejectedForm(r.File, r.Problems)).ToList();
        var read = all.Where(r => r.Succeeded).Select(r => r.Response!).ToList();
        var responses = new List<BidderResponse>();
        foreach (var group in read.GroupBy(r => Normalize(r.Bidder), StringComparer.OrdinalIgnoreCase))
        {
            var forms = group.ToList();
            if (forms.Count == 1)
            {
                responses.Add(forms[0]);
                continue;
            }

            rejected.AddRange(forms.Select(form => new RejectedForm(
                form.File,
                [.. forms.Where(other => other != form).Select(other => FormProblems.BidderTwice(form.File, form.Bidder, other.File))])));
        }

        return new ResponseSet(responses, [.. rejected.OrderBy(r => r.File, StringComparer.Ordinal)]);
    }

    private static string Normalize(string bidder) => string.Join(' ', bidder.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
