using System.Text;

namespace ProcurementKit.Bench.Generator;

/// <summary>
/// Writes the <c># de</c> and <c># en</c> sections of a clause: a title, an introduction, a numbered list
/// (with the parameter sentences and sometimes a nested list), and now and then a table and a note.
/// Both languages are built from the same choices, so they say the same thing.
/// </summary>
internal sealed class ClauseBodyWriter(Random random)
{
    public void Write(StringBuilder text, IReadOnlyList<PoolParameter> parameters)
    {
        var title = (Phrases.Subjects[random.Next(Phrases.Subjects.Length)], Phrases.Qualifiers[random.Next(Phrases.Qualifiers.Length)]);
        var intro = Phrases.Intros[random.Next(Phrases.Intros.Length)];
        var items = Enumerable.Range(0, random.Next(3, 7))
            .Select(_ => Phrases.Items[random.Next(Phrases.Items.Length)])
            .ToList();
        foreach (var parameter in parameters)
        {
            items.Insert(random.Next(items.Count + 1), parameter.Sentence);
        }

        var nested = random.NextDouble() < 0.3 ? PhraseBlocks.NestedLists[random.Next(PhraseBlocks.NestedLists.Length)] : null;
        var nestedAt = random.Next(items.Count + 1);
        var table = random.NextDouble() < 0.25 ? PhraseBlocks.Tables[random.Next(PhraseBlocks.Tables.Length)] : null;
        var note = random.NextDouble() < 0.15 ? Phrases.Notes[random.Next(Phrases.Notes.Length)] : null;

        foreach (var german in new[] { true, false })
        {
            string Say(Pair pair) => german ? pair.De : pair.En;

            text.Append(german ? "# de\n" : "\n# en\n");
            text.Append($"## {Say(title.Item1)}{Say(title.Item2)}\n\n{Say(intro)}\n\n");
            for (var i = 0; i <= items.Count; i++)
            {
                if (nested is not null && i == nestedAt)
                {
                    text.Append($"{i + 1}. {Say(nested.Lead)}\n");
                    foreach (var bullet in nested.Bullets)
                    {
                        text.Append($"   - {Say(bullet)}\n");
                    }
                }

                if (i < items.Count)
                {
                    text.Append($"{i + 1 + (nested is not null && i >= nestedAt ? 1 : 0)}. {Say(items[i])}\n");
                }
            }

            if (table is not null)
            {
                text.Append($"\n| {string.Join(" | ", table.Header.Select(Say))} |\n");
                text.Append($"|{string.Concat(table.Header.Select(_ => " --- |"))}\n");
                foreach (var row in table.Rows)
                {
                    text.Append($"| {string.Join(" | ", row.Select(Say))} |\n");
                }
            }

            if (note is not null)
            {
                text.Append($"\n> {Say(note)}\n");
            }
        }
    }
}
