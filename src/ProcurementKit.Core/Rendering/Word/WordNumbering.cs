using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>One level of a heading outline: Word's number format and level text, e.g. (Decimal, "%1.%2").</summary>
public sealed record OutlineLevelFormat(NumberFormatValues Format, string Text)
{
    /// <summary>Arabic numbers; <paramref name="text"/> like "%1" or "%1.%2".</summary>
    public static OutlineLevelFormat Decimal(string text) => new(NumberFormatValues.Decimal, text);

    /// <summary>Capital letters A, B, C; <paramref name="text"/> like "%1".</summary>
    public static OutlineLevelFormat UpperLetter(string text) => new(NumberFormatValues.UpperLetter, text);
}

/// <summary>
/// The numbering definitions of one document. Every list gets its own numbering instance that restarts,
/// so "1." in one clause never continues from the list of the clause before; headings are numbered by
/// outlines, never by typed digits.
/// </summary>
public sealed class WordNumbering
{
    private const int ListIndent = 425;
    private static readonly string[] s_bullets = ["\u2022", "\u2013", "\u25AA"];

    private readonly List<AbstractNum> _abstracts = [];
    private readonly List<NumberingInstance> _instances = [];
    private int _nextAbstractId;
    private int _nextNumId;
    private int? _bulletAbstract;
    private int? _orderedAbstract;

    internal WordNumbering(int firstAbstractId, int firstNumId)
    {
        _nextAbstractId = firstAbstractId;
        _nextNumId = firstNumId;
    }

    internal bool IsEmpty => _instances.Count == 0;

    /// <summary>A new bullet list whose items sit at <paramref name="level"/> (0 = outermost); returns its numbering id.</summary>
    public int BulletList(int level = 0)
    {
        _bulletAbstract ??= AddAbstract(Enumerable.Range(0, 9).Select(BulletLevel));
        return AddInstance(_bulletAbstract.Value, level, 1);
    }

    /// <summary>A new ordered list that starts at <paramref name="start"/> whatever lists came before.</summary>
    public int OrderedList(int level = 0, int start = 1)
    {
        _orderedAbstract ??= AddAbstract(Enumerable.Range(0, 9).Select(OrderedLevel));
        return AddInstance(_orderedAbstract.Value, level, start);
    }

    /// <summary>
    /// A heading outline: headings from <paramref name="firstHeadingLevel"/> down get the given levels, e.g.
    /// Heading 2 = "1", Heading 3 = "1.1". Each outline counts on its own.
    /// </summary>
    public WordOutline Outline(int firstHeadingLevel, params OutlineLevelFormat[] levels)
    {
        var abstractId = AddAbstract(levels.Select((l, i) => HeadingLevel(i, l)));
        var numId = AddInstance(abstractId, 0, 1);
        return new WordOutline(numId, firstHeadingLevel, levels);
    }

    /// <summary>The paragraph numbering for an item of list <paramref name="numId"/> at <paramref name="level"/>.</summary>
    public static NumberingProperties Item(int numId, int level) =>
        new(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });

    /// <summary>The left indent of text in a list at <paramref name="level"/>, for follow-on paragraphs of an item.</summary>
    public static int TextIndent(int level) => ListIndent * (level + 1);

    /// <summary>Adds the definitions to a numbering part; abstract definitions go before the first instance, as the schema wants.</summary>
    internal void WriteTo(Numbering numbering)
    {
        var firstInstance = numbering.GetFirstChild<NumberingInstance>();
        foreach (var definition in _abstracts)
        {
            if (firstInstance is null)
            {
                numbering.Append(definition);
            }
            else
            {
                numbering.InsertBefore(definition, firstInstance);
            }
        }

        var last = numbering.Elements<NumberingInstance>().LastOrDefault();
        foreach (var instance in _instances)
        {
            last = last is null ? numbering.AppendChild(instance) : numbering.InsertAfter(instance, last);
        }
    }

    private int AddAbstract(IEnumerable<Level> levels)
    {
        var id = _nextAbstractId++;
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        definition.Append(levels);
        _abstracts.Add(definition);
        return id;
    }

    private int AddInstance(int abstractId, int level, int start)
    {
        var id = _nextNumId++;
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };

        // The start override makes this instance restart, also in LibreOffice, which otherwise continues
        // counting across instances of the same definition.
        instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
        _instances.Add(instance);
        return id;
    }

    private static Level BulletLevel(int level) => ListLevel(level, NumberFormatValues.Bullet, s_bullets[level % s_bullets.Length]);

    private static Level OrderedLevel(int level) => (level % 3) switch
    {
        0 => ListLevel(level, NumberFormatValues.Decimal, $"%{level + 1}."),
        1 => ListLevel(level, NumberFormatValues.LowerLetter, $"%{level + 1})"),
        _ => ListLevel(level, NumberFormatValues.LowerRoman, $"%{level + 1}."),
    };

    private static Level ListLevel(int level, NumberFormatValues format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation { Left = TextIndent(level).ToString(), Hanging = ListIndent.ToString() }),
        new NumberingSymbolRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }))
    {
        LevelIndex = level,
    };

    private static Level HeadingLevel(int level, OutlineLevelFormat outline) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = outline.Format },
        new LevelText { Val = outline.Text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation { Left = "851", Hanging = "851" }))
    {
        LevelIndex = level,
    };
}
