using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Inline content controls a reader fills in Word: a drop-down list and a text field. Each carries a tag, so a
/// tool can read the answers back, and a numeric id from a counter (Word needs one; a random one would make the
/// output differ from run to run). What stands in the control until it is filled is printed, so the paper copy
/// shows the choices too.
/// </summary>
public sealed class WordContentControls
{
    private int _nextId = 1;

    /// <summary>A drop-down list showing <paramref name="prompt"/> until one of <paramref name="items"/> is chosen.</summary>
    public SdtRun DropDown(string tag, string title, IReadOnlyList<string> items, string prompt)
    {
        var list = new SdtContentDropDownList();
        foreach (var item in items)
        {
            list.Append(new ListItem { DisplayText = item, Value = item });
        }

        return Control(tag, title, list, prompt);
    }

    /// <summary>A plain text field (several lines allowed) showing <paramref name="prompt"/> until something is typed.</summary>
    public SdtRun TextField(string tag, string title, string prompt) =>
        Control(tag, title, new SdtContentText { MultiLine = true }, prompt);

    private SdtRun Control(string tag, string title, DocumentFormat.OpenXml.OpenXmlElement kind, string prompt)
    {
        var properties = new SdtProperties(
            new SdtAlias { Val = title },
            new Tag { Val = tag },
            new SdtId { Val = _nextId++ },
            new ShowingPlaceholder(),
            kind);
        return new SdtRun(properties, new SdtContentRun(WordText.Run(prompt)));
    }
}
