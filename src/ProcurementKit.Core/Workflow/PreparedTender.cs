using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Workflow;

/// <summary>A tender read and checked against a catalog, with its selection and the document language: what every tender step starts from.</summary>
public sealed record PreparedTender(RequirementsCatalog Catalog, Tender Tender, TenderSelection Selection, Language Language);
