namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// One &lt;c&gt; element of a worksheet as stored, before interpretation: the type attribute, the &lt;v&gt; text,
/// the formula text (null without &lt;f&gt;) and the text of an inline string (null without &lt;is&gt;).
/// </summary>
/// <remarks>
/// A class, not a struct: a dictionary of reference types runs on the runtime's precompiled shared code,
/// while one keyed to a struct is compiled at start-up and runs unoptimised through a whole batch run.
/// </remarks>
internal sealed record StoredCell(string? Type, string Value, string? Formula, string? InlineText);
