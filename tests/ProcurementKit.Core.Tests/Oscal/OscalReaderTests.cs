using System.Text;
using ProcurementKit.Oscal;

namespace ProcurementKit.Tests.Oscal;

/// <summary>Malformed OSCAL gives a clear diagnostic with the JSON path; well-formed OSCAL is read with every control.</summary>
public sealed class OscalReaderTests
{
    private const string Metadata = """
        "metadata": { "title": "Test", "last-modified": "2026-12-06T00:00:00Z", "version": "1", "oscal-version": "1.2.1" }
        """;

    public static TheoryData<string, string, string> Broken => new()
    {
        { "PK0800", """{ "catalog": { "uuid": "x", """, "catalog.json:1:" },
        { "PK0801", """{ "profile": { "uuid": "x" } }""", "'$': not an OSCAL catalog: the top-level object has 'profile'" },
        { "PK0802", $$"""{ "catalog": { "uuid": "u", {{Metadata}}, "groups": { "id": "g" } } }""", "'$.catalog.groups': is an object; OSCAL expects an array here" },
        { "PK0803", $$"""{ "catalog": { "uuid": "u", {{Metadata}}, "groups": [ { "id": "g", "controls": [ { "id": "g.1" } ] } ] } }""", "'$.catalog.groups[0].controls[0]': has no 'title'" },
        { "PK0804", $$"""{ "catalog": { "uuid": "u", {{Metadata}}, "controls": [ { "id": "a", "title": "A" }, { "id": "a", "title": "B" } ] } }""", "'$.catalog.controls[1].id': control id 'a' is used twice (first at $.catalog.controls[0])" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Should_NameTheJsonPath_When_TheCatalogIsMalformed(string code, string json, string expected)
    {
        var read = OscalReader.ReadCatalog(new MemoryStream(Encoding.UTF8.GetBytes(json)), "catalog.json");

        read.Succeeded.ShouldBeFalse();
        var problem = read.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(code);
        problem.ToString().ShouldContain(expected);
    }

    [Fact]
    public void Should_ReadEveryControlInDocumentOrder_When_ControlsNestInGroupsAndControls()
    {
        var json = $$"""
            { "catalog": { "uuid": "u", {{Metadata}},
              "controls": [ { "id": "top", "title": "Top" } ],
              "groups": [ { "id": "G", "title": "Group", "groups": [ { "id": "G.1", "title": "Sub",
                "controls": [ { "id": "G.1.1", "title": "One", "props": [ { "name": "sec_level", "value": "erhöht" } ],
                  "controls": [ { "id": "G.1.1.1", "title": "Child" } ] } ] } ] } ] } }
            """;

        var catalog = OscalReader.ReadCatalog(new MemoryStream(Encoding.UTF8.GetBytes(json)), "c.json").Value!;

        catalog.Controls.Select(c => c.Id).ShouldBe(["top", "G.1.1", "G.1.1.1"]);
        catalog.Find("G.1.1.1")!.Groups.ShouldBe(["G", "G.1"]);
        catalog.Find("G.1.1")!.Prop("sec_level").ShouldBe("erhöht");
    }

    [Fact]
    public void Should_ReadAllSourceTargetPairs_When_AMappingIsGiven()
    {
        var json = $$"""
            { "mapping-collection": { "uuid": "u", {{Metadata}}, "provenance": { },
              "mappings": [ { "uuid": "m", "source-resource": { "type": "catalog", "href": "a.json" }, "target-resource": { "type": "catalog", "href": "b.json" },
                "maps": [ { "uuid": "1", "relationship": "subset-of", "sources": [ { "type": "control", "id-ref": "s1" } ],
                            "targets": [ { "type": "control", "id-ref": "t1" }, { "type": "control", "id-ref": "t2" } ] } ] } ] } }
            """;

        var mapping = OscalReader.ReadMapping(new MemoryStream(Encoding.UTF8.GetBytes(json)), "m.json").Value!;

        mapping.Entries.ShouldBe([new OscalMapEntry("s1", "t1", "subset-of"), new OscalMapEntry("s1", "t2", "subset-of")]);
    }

    [Fact]
    public void Should_SayItIsNoMapping_When_ACatalogIsGivenAsMapping()
    {
        var read = OscalReader.ReadMapping(new MemoryStream(Encoding.UTF8.GetBytes("""{ "catalog": { } }""")), "m.json");

        read.Problems.ShouldHaveSingleItem().ToString().ShouldContain("PK0801: '$': not an OSCAL mapping-collection");
    }
}
