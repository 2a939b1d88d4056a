using System.Xml;
using System.Xml.Linq;

namespace ProcurementKit.Fuzz.Mutations;

/// <summary>What a mutation does to the element it picks.</summary>
public enum ElementChange
{
    Delete,
    Duplicate,
    SetText,
}

/// <summary>
/// Changes one element of an XML entry (the entry and the element picked by index among all of them):
/// deletes or duplicates it, or replaces its text.
/// </summary>
public sealed record ChangeElement(int Entry, int Element, ElementChange Change, string Text = "") : Mutation
{
    public override byte[] Apply(byte[] package) => ZipEntries.Change(package, XmlParts.IsXml, Entry, content => XmlParts.Edit(content, root =>
    {
        var elements = root.DescendantsAndSelf().ToList();
        var element = elements[Wrap(Element, elements.Count)];
        switch (Change)
        {
            case ElementChange.Delete when element.Parent is not null:
                element.Remove();
                break;
            case ElementChange.Duplicate when element.Parent is not null:
                element.AddAfterSelf(new XElement(element));
                break;
            case ElementChange.SetText:
                element.Value = Text;
                break;
        }
    }));
}

/// <summary>
/// Sets an attribute of an element of an XML entry. With a name, the attribute of that local name on the
/// elements of that local name (e.g. <c>t</c> of <c>c</c>, <c>ContentType</c> of <c>Override</c>); without,
/// any attribute.
/// </summary>
public sealed record SetAttributeValue(int Entry, int Attribute, string Value, string? Element = null, string? Name = null) : Mutation
{
    public override byte[] Apply(byte[] package) => ZipEntries.Change(package, XmlParts.IsXml, Entry, content => XmlParts.Edit(content, root =>
    {
        var elements = root.DescendantsAndSelf().Where(e => Element is null || e.Name.LocalName == Element).ToList();
        var attributes = Name is null
            ? elements.SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration).ToList()
            : [.. elements.Select(e => e.Attributes().FirstOrDefault(a => a.Name.LocalName == Name) ?? Added(e, Name))];
        if (attributes.Count > 0)
        {
            attributes[Wrap(Attribute, attributes.Count)].Value = Value;
        }
    }));

    private static XAttribute Added(XElement element, string name)
    {
        var attribute = new XAttribute(name, string.Empty);
        element.Add(attribute);
        return attribute;
    }
}

/// <summary>Parses and writes an entry's XML; entries a previous mutation broke are left alone.</summary>
internal static class XmlParts
{
    public static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    public static byte[]? Edit(byte[] content, Action<XElement> edit)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(new MemoryStream(content), LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }

        edit(document.Root!);
        var buffer = new MemoryStream();
        // Characters XML cannot carry are written as they are: a hostile file is not bound by the writer's rules.
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { CheckCharacters = false }))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }
}
