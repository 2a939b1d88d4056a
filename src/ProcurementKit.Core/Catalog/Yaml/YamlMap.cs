using System.Globalization;
using ProcurementKit.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ProcurementKit.Catalog.Yaml;

/// <summary>
/// Reads fields of one YAML mapping, remembering where each key stands so that every problem
/// is reported with its file, line and column.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly YamlStrings _strings;

    /// <param name="strings">Shares the values this map and its nested maps read with the rest of the load.</param>
    public YamlMap(YamlMappingNode node, string file, int lineOffset, DiagnosticBag diagnostics, YamlStrings strings)
    {
        _node = node;
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        _strings = strings;
    }

    public SourcePosition Position => At(_node);

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty);

    public bool Has(string key) => Find(key) is not null;

    public SourcePosition At(YamlNode node) =>
        new(_file, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    /// <summary>The position of a key, or of the mapping when the key is absent.</summary>
    public SourcePosition PositionOf(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } k ? At(k) : Position;

    public SourcePosition ValuePosition(string key) => Find(key) is { } v ? At(v) : Position;

    public YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    _diagnostics.Add(CatalogDiagnostics.MissingField(Position, key));
                }

                return null;
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return _strings.Share(scalar.Value.Trim());
            case YamlScalarNode when required:
                _diagnostics.Add(CatalogDiagnostics.MissingField(PositionOf(key), key));
                return null;
            case YamlScalarNode:
                return null;
            case var other:
                _diagnostics.Add(CatalogDiagnostics.InvalidValue(At(other), key, Describe(other), "a single value"));
                return null;
        }
    }

    public int? Int(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _diagnostics.Add(CatalogDiagnostics.InvalidValue(ValuePosition(key), key, text, "a whole number"));
        return null;
    }

    public decimal? Decimal(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _diagnostics.Add(CatalogDiagnostics.InvalidValue(ValuePosition(key), key, text, "a number such as 5 or 99.5"));
        return null;
    }

    /// <summary>A list of scalars; a single scalar counts as a one-element list.</summary>
    public IReadOnlyList<(string Value, SourcePosition At)> List(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    _diagnostics.Add(CatalogDiagnostics.MissingField(Position, key));
                }

                return [];
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return [(_strings.Share(scalar.Value.Trim()), At(scalar))];
            case YamlSequenceNode sequence:
                var items = new List<(string, SourcePosition)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                    {
                        items.Add((_strings.Share(v.Trim()), At(item)));
                    }
                    else
                    {
                        _diagnostics.Add(CatalogDiagnostics.InvalidValue(At(item), key, Describe(item), "a list of names"));
                    }
                }

                if (items.Count == 0 && required)
                {
                    _diagnostics.Add(CatalogDiagnostics.MissingField(PositionOf(key), key));
                }

                return items;
            case var other:
                if (required || other is not YamlScalarNode)
                {
                    _diagnostics.Add(CatalogDiagnostics.InvalidValue(At(other), key, Describe(other), "a list such as [a, b]"));
                }

                return [];
        }
    }

    public YamlMap? Map(string key, bool required = false)
    {
        switch (Find(key))
        {
            case YamlMappingNode mapping:
                return new YamlMap(mapping, _file, _lineOffset, _diagnostics, _strings);
            case null:
                if (required)
                {
                    _diagnostics.Add(CatalogDiagnostics.MissingField(Position, key));
                }

                return null;
            case YamlScalarNode { Value: null or "" } when !required:
                return null;
            case var other:
                _diagnostics.Add(CatalogDiagnostics.InvalidValue(At(other), key, Describe(other), "a mapping such as { key: value }"));
                return null;
        }
    }

    /// <summary>Mappings in a sequence, e.g. the entries of references or categories.yaml.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        if (Find(key) is not YamlSequenceNode sequence)
        {
            return [];
        }

        return [.. Maps(sequence, key)];
    }

    public IEnumerable<YamlMap> Maps(YamlSequenceNode sequence, string what)
    {
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                yield return new YamlMap(mapping, _file, _lineOffset, _diagnostics, _strings);
            }
            else
            {
                _diagnostics.Add(CatalogDiagnostics.InvalidValue(At(item), what, Describe(item), "a mapping such as { id: ..., de: ..., en: ... }"));
            }
        }
    }

    /// <summary>A { de, en } text; a plain string counts as German.</summary>
    public LocalizedText? Localized(string key, bool required = false)
    {
        var node = Find(key);
        if (node is YamlScalarNode { Value: { } plain } && plain.Trim().Length > 0)
        {
            return new LocalizedText(_strings.Share(plain.Trim()), string.Empty);
        }

        var map = Map(key, required);
        if (map is null)
        {
            return null;
        }

        var de = map.String("de") ?? string.Empty;
        var en = map.String("en") ?? string.Empty;
        if (de.Length == 0)
        {
            _diagnostics.Add(required
                ? CatalogDiagnostics.MissingField(map.Position, $"{key}.de")
                : CatalogDiagnostics.MissingLocalized(map.Position, key, "German"));
        }
        else if (en.Length == 0)
        {
            _diagnostics.Add(CatalogDiagnostics.MissingLocalized(map.Position, key, "English"));
        }

        return new LocalizedText(de, en);
    }

    public IEnumerable<(string Key, SourcePosition At, YamlNode Value)> Entries()
    {
        foreach (var (key, value) in _node.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                yield return (_strings.Share(name), At(key), value);
            }
        }
    }

    public YamlMap? AsMap(YamlNode node) =>
        node is YamlMappingNode mapping ? new YamlMap(mapping, _file, _lineOffset, _diagnostics, _strings) : null;

    public void WarnUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (key, at, _) in Entries())
        {
            if (!known.Contains(key))
            {
                _diagnostics.Add(CatalogDiagnostics.UnknownField(at, key, known));
            }
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? string.Empty,
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };
}
