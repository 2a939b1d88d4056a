using DiffPlex;

namespace ProcurementKit.Review;

/// <summary>Splits a text into the pieces DiffPlex compares: words, lines, or words without the spaces between them.</summary>
internal sealed class TokenChunker(Func<string, IReadOnlyList<string>> split) : IChunker
{
    /// <summary>Words, spaces, line breaks and punctuation (<see cref="WordTokenizer"/>); joined, they give the text back.</summary>
    public static readonly TokenChunker Words = new(WordTokenizer.Split);

    /// <summary>Lines split at '\n' only, so a '\r' stays part of its line and both texts come back exactly.</summary>
    public static readonly TokenChunker Lines = new(text => text.Split('\n'));

    /// <summary>Words and punctuation without spaces: what two lines have in common, for their similarity.</summary>
    public static readonly TokenChunker WordsOnly = new(text => [.. WordTokenizer.Split(text).Where(t => !string.IsNullOrWhiteSpace(t))]);

    public IReadOnlyList<string> Chunk(string str) => split(str);
}
