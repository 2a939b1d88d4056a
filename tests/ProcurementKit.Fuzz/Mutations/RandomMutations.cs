namespace ProcurementKit.Fuzz.Mutations;

/// <summary>Draws mutations from a seeded <see cref="Random"/>, so a replay is the same on every machine.</summary>
public static class RandomMutations
{
    /// <summary>Values a hostile or broken form could hold where a number, a type or a name is expected.</summary>
    public static IReadOnlyList<string> Values { get; } =
    [
        "", " ", "'", "\"", "<", "&", "]]>", "-1", "-0", "0", "1E+309", "-1E+309", "NaN", "Infinity", "1e-400",
        "2147483648", "-2147483649", "99999999999999999999999999999999999999", "0x1F", "1,5", "125.000,00",
        "=HYPERLINK(\"http://evil.example\",\"Klick\")", "=1+1", "@SUM(A1)", "#REF!", "A0", "A1048577", "XFE1",
        "ZZZZZZZZZZ4294967296", "B", "rId999", "/xl/../../etc/passwd", "file:///C:/secret.xlsx", "External",
        "\u0000", "\u001b[31m", "\uFFFF", "\uFFFE", "\uD83D\uDE00", "erfüllt", "ERFÜLLT", "met", "e", "inlineStr", "s", "str", "b", "n", "d",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml", "text/plain", "application/xml",
        new string('9', 5000), new string('x', 70000),
    ];

    /// <summary>The cell types Excel knows, and some it does not.</summary>
    public static IReadOnlyList<string> CellTypes { get; } = ["e", "inlineStr", "s", "str", "b", "n", "d", "x", ""];

    public static IReadOnlyList<Mutation> Next(Random random)
    {
        var count = random.Next(1, 4);
        var mutations = new Mutation[count];
        for (var i = 0; i < count; i++)
        {
            mutations[i] = One(random);
        }

        return mutations;
    }

    private static Mutation One(Random random) => random.Next(12) switch
    {
        0 => new FlipByte(random.Next(), (byte)random.Next(1, 256)),
        1 => new Truncate(random.Next()),
        2 => new InsertBytes(random.Next(), RandomBytes(random)),
        3 => new RemoveEntry(random.Next()),
        4 => new AddEntry(Pick(random, ["xl/worksheets/sheet9.xml", "xl/sharedStrings.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/x.bin"]), Pick(random, Values)),
        5 => new ChangeElement(random.Next(), random.Next(), ElementChange.Delete),
        6 => new ChangeElement(random.Next(), random.Next(), ElementChange.Duplicate),
        7 => new ChangeElement(random.Next(), random.Next(), ElementChange.SetText, Pick(random, Values)),
        8 => new SetAttributeValue(random.Next(), random.Next(), Pick(random, Values)),
        9 => new SetAttributeValue(random.Next(), random.Next(), Pick(random, CellTypes), "c", "t"),
        10 => new SetAttributeValue(random.Next(), random.Next(), Pick(random, Values), "Override", "ContentType"),
        _ => new SetAttributeValue(random.Next(), random.Next(), Pick(random, Values), "c", "r"),
    };

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 16)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Pick(Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
