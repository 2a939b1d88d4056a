using CsCheck;
using ProcurementKit.Fuzz.Mutations;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>CsCheck generators for the mutations of a workbook, so a failing case shrinks to few, small changes.</summary>
internal static class MutationGen
{
    private static readonly Gen<string> s_value = Gen.OneOf(Gen.OneOf<string>([.. RandomMutations.Values]), Gen.String);

    private static readonly Gen<Mutation> s_bytes = Gen.OneOf<Mutation>(
        Gen.Select(Gen.Int, Gen.Byte, (position, mask) => new FlipByte(position, mask)),
        Gen.Int.Select(length => new Truncate(length)),
        Gen.Select(Gen.Int, Gen.Byte.Array[1, 16], (position, bytes) => new InsertBytes(position, bytes)));

    private static readonly Gen<Mutation> s_entries = Gen.OneOf<Mutation>(
        Gen.Int.Select(index => new RemoveEntry(index)),
        Gen.Select(Gen.OneOf<string>("xl/worksheets/sheet9.xml", "xl/sharedStrings.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/x.bin"), s_value,
            (name, content) => new AddEntry(name, content)));

    private static readonly Gen<Mutation> s_xml = Gen.OneOf<Mutation>(
        Gen.Select(Gen.Int, Gen.Int, Gen.Enum<ElementChange>(), s_value, (entry, element, change, text) => new ChangeElement(entry, element, change, text)),
        Gen.Select(Gen.Int, Gen.Int, s_value, (entry, attribute, value) => new SetAttributeValue(entry, attribute, value)),
        Gen.Select(Gen.Int, Gen.Int, Gen.OneOf<string>([.. RandomMutations.CellTypes]), (entry, cell, type) => new SetAttributeValue(entry, cell, type, "c", "t")),
        Gen.Select(Gen.Int, Gen.Int, s_value, (entry, cell, reference) => new SetAttributeValue(entry, cell, reference, "c", "r")),
        Gen.Select(Gen.Int, Gen.Int, s_value, (entry, part, type) => new SetAttributeValue(entry, part, type, "Override", "ContentType")),
        Gen.Select(Gen.Int, Gen.Int, s_value, (entry, item, text) => new ChangeElement(entry, item, ElementChange.SetText, text)));

    /// <summary>One to three mutations; XML changes are drawn most often, since they reach deepest into the reader.</summary>
    public static Gen<Mutation[]> Mutations { get; } =
        Gen.Frequency((1, s_bytes), (1, s_entries), (3, s_xml)).Array[1, 3];
}
