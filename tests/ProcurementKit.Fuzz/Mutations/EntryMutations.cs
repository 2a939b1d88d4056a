using System.Text;

namespace ProcurementKit.Fuzz.Mutations;

/// <summary>Removes one entry of the package, e.g. a sheet, the shared strings or the content types.</summary>
public sealed record RemoveEntry(int Index) : Mutation
{
    public override byte[] Apply(byte[] package) =>
        ZipEntries.Read(package) is { Count: > 0 } entries
            ? ZipEntries.Write(entries.Where((_, i) => i != Wrap(Index, entries.Count)))
            : package;
}

/// <summary>Adds an entry (or a second one of the same name) with the given text.</summary>
public sealed record AddEntry(string Name, string Content) : Mutation
{
    public override byte[] Apply(byte[] package) =>
        ZipEntries.Read(package) is { } entries ? ZipEntries.Write([.. entries, (Name, Encoding.UTF8.GetBytes(Content))]) : package;
}
