using System.Security.Cryptography;
using System.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Tests.Catalog;

/// <summary>
/// The catalog hash documents cite is a contract: SHA-256 over each file's relative path and its text with
/// LF line endings, each followed by a NUL byte, in path order. These tests pin it to that definition.
/// </summary>
public sealed class CatalogHashTests
{
    private static readonly CatalogFile[] s_files =
    [
        new("clauses/security-updates/UPD-01.md", "---\r\nid: UPD-01\r\n---\r\n# de\r\n## Größe – „Prüfung“ 🔐\r\n"),
        new("catalog.yaml", "name: Katalog\nversion: 1.0.0\n"),
        new("topics.yaml", string.Empty),
    ];

    [Fact]
    public void Should_hash_path_and_text_with_nul_separators_in_path_order_When_a_catalog_is_hashed()
    {
        var expected = new StringBuilder();
        foreach (var file in s_files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            expected.Append(file.RelativePath).Append('\0').Append(file.Content.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\0');
        }

        CatalogLoader.Hash(new CatalogSource("cat", s_files))
            .ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expected.ToString()))));
    }

    [Fact]
    public void Should_give_the_same_hash_When_only_line_endings_or_the_file_order_differ()
    {
        var unix = s_files.Select(f => f with { Content = f.Content.Replace("\r\n", "\n", StringComparison.Ordinal) }).Reverse().ToList();

        CatalogLoader.Hash(new CatalogSource("elsewhere", unix)).ShouldBe(CatalogLoader.Hash(new CatalogSource("cat", s_files)));
    }

    [Fact]
    public void Should_change_the_hash_When_one_character_of_a_clause_changes()
    {
        var edited = s_files.Select(f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal) ? f with { Content = f.Content.Replace("Größe", "Grösse", StringComparison.Ordinal) } : f).ToList();

        CatalogLoader.Hash(new CatalogSource("cat", edited)).ShouldNotBe(CatalogLoader.Hash(new CatalogSource("cat", s_files)));
    }
}
