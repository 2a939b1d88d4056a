using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>Complex fields (PAGE, NUMPAGES, PAGEREF, TOC) as Word writes them: begin, instruction, separate, result, end.</summary>
internal static class WordFields
{
    public static IEnumerable<Run> Field(string instruction, string cached, bool dirty = false)
    {
        yield return Begin(dirty);
        yield return Instruction(instruction);
        yield return Separate();
        yield return new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(cached) { Space = SpaceProcessingModeValues.Preserve });
        yield return End();
    }

    /// <summary>A dirty field is recalculated by Word when the document opens.</summary>
    public static Run Begin(bool dirty = false) =>
        new(dirty ? new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true } : new FieldChar { FieldCharType = FieldCharValues.Begin });

    public static Run Instruction(string instruction) =>
        new(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve });

    public static Run Separate() => new(new FieldChar { FieldCharType = FieldCharValues.Separate });

    public static Run End() => new(new FieldChar { FieldCharType = FieldCharValues.End });
}
