namespace ProcurementKit.Catalog;

/// <summary>Name, version and publisher from catalog.yaml.</summary>
public sealed record CatalogInfo(LocalizedText Name, string Version, string Publisher)
{
    /// <summary>The ISO date of the release (<c>released-on</c>), if catalog.yaml gives one; redlines date their changes with it.</summary>
    public string? ReleasedOn { get; init; }
}

/// <summary>A product category a tender lot can buy.</summary>
public sealed record Category(string Id, LocalizedText Name, LocalizedText Description);

/// <summary>A topic of the annex, in catalog order.</summary>
public sealed record Topic(string Id, string Prefix, LocalizedText Name, int Order);

/// <summary>A tender context key that clauses may test with <c>when</c>.</summary>
public sealed record ContextKey(string Name, LocalizedText Description);

/// <summary>One item of a registered standard (e.g. CRA Annex I Part I 2(c)).</summary>
public sealed record StandardItem(string Id, LocalizedText Title, string Group)
{
    /// <summary>The standard's own security level of the item (Grundschutz++ <c>normal-SdT</c> or <c>erhöht</c>); empty when it has none.</summary>
    public string Level { get; init; } = string.Empty;

    /// <summary>Whether coverage reports the item; a standard that marks none reports all of them.</summary>
    public bool Reported { get; init; }

    /// <summary>Why the item is no matter for a tender (e.g. the buyer's internal management); null when it is one.</summary>
    public string? OutsideTenders { get; init; }
}

/// <summary>A standard whose items are registered, so references to it can be checked and covered.</summary>
public sealed record RegisteredStandard(string Name, LocalizedText Title, IReadOnlyList<StandardItem> Items)
{
    /// <summary>The OSCAL catalog in standards/ whose controls are the items (<c>oscal: FILE.json</c>); null for a YAML item list.</summary>
    public string? OscalFile { get; init; }

    public StandardItem? Find(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>
    /// The items coverage reports: those marked <c>report: true</c>, or all. Grundschutz++ registers its whole
    /// kernel (so any cited id is checked) but reports only its supply-chain controls, since most of the
    /// kernel is the buyer's own management and no tender matter.
    /// </summary>
    public IEnumerable<StandardItem> ReportedItems => Items.Any(i => i.Reported) ? Items.Where(i => i.Reported) : Items;
}

/// <summary>An event a clause can set a deadline for (e.g. an actively exploited vulnerability); declared in catalog.yaml.</summary>
public sealed record DeadlineEvent(string Id, LocalizedText Name);

/// <summary>Deployment models a lot can have and a clause can require.</summary>
public static class Deployments
{
    public static readonly IReadOnlyList<string> All = ["on-premises", "cloud", "hybrid"];
}

/// <summary>How a bidder's fulfilment of a clause is checked.</summary>
public static class VerificationMethods
{
    public static readonly IReadOnlyList<string> All =
        ["document-review", "certificate", "test", "audit", "self-declaration", "reference"];
}
