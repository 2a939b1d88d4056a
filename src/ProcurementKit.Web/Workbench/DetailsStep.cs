namespace ProcurementKit.Web.Workbench;

/// <summary>The tender details: title, reference, authority, date, document language and description.</summary>
public static class DetailsStep
{
    /// <summary>The tender keys this step writes; the core's problems with these keys are shown on this step.</summary>
    public static readonly IReadOnlyList<string> Keys = ["title", "reference", "authority", "date", "language", "description"];

    public static void Apply(TenderDraft draft, IFormCollection form)
    {
        foreach (var key in Keys)
        {
            if (form.TryGetValue(key, out var value))
            {
                draft.SetText(key, value.ToString());
            }
        }
    }
}
