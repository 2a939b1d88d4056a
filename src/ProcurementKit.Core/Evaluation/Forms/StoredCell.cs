namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// One &lt;c&gt; element of a worksheet as stored, before interpretation: the type attribute, the &lt;v&gt; text,
/// the formula text (null without &lt;f&gt;) and the text of an inline string (null without &lt;is&gt;).
/// </summary>
internal readonly record struct StoredCell(string? Type, string Value, string? Formula, string? InlineText);
