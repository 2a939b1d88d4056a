using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Tenders;

/// <summary>Reads <c>phases</c>: the lifecycle phases the contract covers; unset means every phase but the pilot.</summary>
internal static class PhaseReader
{
    /// <summary>
    /// Without <c>phases</c> a tender buys a regular contract: pilot clauses ("im Pilotvorhaben") would promise
    /// an experiment nobody tenders, so only a tender that names <c>experiment</c> gets them.
    /// </summary>
    public static readonly IReadOnlyList<Phase> Default =
        [Phase.Planning, Phase.Implementation, Phase.Operation, Phase.Decommissioning];

    public static IReadOnlyList<Phase> Read(IConfigurationSection section, SectionReader reader)
    {
        if (!section.Exists())
        {
            return Default;
        }

        var children = section.GetChildren().OrderBy(c => SectionReader.Index(c.Key)).ToList();
        if (children.Count == 0)
        {
            reader.Add(TenderDiagnostics.Missing(reader.File, section.Path, $"name at least one phase ({string.Join(", ", Phases.Names)}) or leave the key out"));
            return Default;
        }

        var phases = new List<Phase>();
        foreach (var child in children)
        {
            if (Phases.TryParse(child.Value, out var phase))
            {
                if (!phases.Contains(phase))
                {
                    phases.Add(phase);
                }
            }
            else
            {
                reader.Add(TenderDiagnostics.NotInVocabulary(reader.File, child.Path, "a phase", child.Value ?? string.Empty, Phases.Names));
            }
        }

        return phases;
    }
}
