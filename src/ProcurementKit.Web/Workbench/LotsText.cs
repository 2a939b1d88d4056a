using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Workbench;

/// <summary>The words of the lots step, per language; deployments explained in plain words.</summary>
public sealed record LotsText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required Func<string, string> Lot { get; init; }
    public required string LotTitle { get; init; }
    public required string LotTitleHint { get; init; }
    public required string Categories { get; init; }
    public required string CategoriesHint { get; init; }
    public required string Deployment { get; init; }
    public required string DeploymentHint { get; init; }
    public required string NoDeployment { get; init; }
    public required string NoDeploymentHint { get; init; }
    public required IReadOnlyDictionary<string, (string Name, string Explanation)> Deployments { get; init; }
    public required string AddLot { get; init; }
    public required string RemoveLot { get; init; }

    public static readonly LotsText De = new()
    {
        Title = "Lose und Produktarten",
        Intro = "Teilen Sie die Beschaffung in Lose, wie sie vergeben werden sollen. Je Los wählen Sie aus, welche Arten von Produkten oder Leistungen es umfasst; danach richten sich die Anforderungen.",
        Lot = id => $"Los {id}",
        LotTitle = "Bezeichnung des Loses",
        LotTitleHint = "z. B. LoRaWAN-Gateways einschließlich Montage",
        Categories = "Was umfasst das Los?",
        CategoriesHint = "Kreuzen Sie alles an, was in diesem Los geliefert oder erbracht wird. Mindestens eine Produktart.",
        Deployment = "Wo wird die Lösung betrieben?",
        DeploymentHint = "Einige Anforderungen gelten nur für einen Betrieb in der Cloud oder nur vor Ort.",
        NoDeployment = "keine Angabe",
        NoDeploymentHint = "Es gelten die Anforderungen für jeden Betrieb.",
        Deployments = new Dictionary<string, (string, string)>
        {
            ["on-premises"] = ("vor Ort", "in eigenen Räumen, auf städtischen Liegenschaften oder im eigenen bzw. kommunalen Rechenzentrum"),
            ["cloud"] = ("Cloud", "in einem Rechenzentrum des Auftragnehmers oder eines Dritten, über das Netz genutzt"),
            ["hybrid"] = ("teils, teils", "ein Teil läuft vor Ort, ein Teil in der Cloud"),
        },
        AddLot = "Weiteres Los hinzufügen",
        RemoveLot = "Los entfernen",
    };

    public static readonly LotsText En = new()
    {
        Title = "Lots and product categories",
        Intro = "Split the procurement into lots as they are to be awarded. For each lot, choose which kinds of products or services it covers; the requirements follow from that.",
        Lot = id => $"Lot {id}",
        LotTitle = "Name of the lot",
        LotTitleHint = "e.g. LoRaWAN gateways including installation",
        Categories = "What does the lot cover?",
        CategoriesHint = "Tick everything that is supplied or provided in this lot. At least one category.",
        Deployment = "Where does the solution run?",
        DeploymentHint = "Some requirements apply only to cloud operation or only on premises.",
        NoDeployment = "not stated",
        NoDeploymentHint = "The requirements for every kind of operation apply.",
        Deployments = new Dictionary<string, (string, string)>
        {
            ["on-premises"] = ("on premises", "in the buyer's own rooms, on municipal sites or in the buyer's or a municipal data centre"),
            ["cloud"] = ("cloud", "in a data centre of the contractor or a third party, used over the network"),
            ["hybrid"] = ("hybrid", "part runs on premises, part in the cloud"),
        },
        AddLot = "Add another lot",
        RemoveLot = "Remove lot",
    };

    public static LotsText For(Language language) => language == Language.English ? En : De;
}
