namespace ProcurementKit.Cli.Infrastructure;

/// <summary>
/// Writes a command's output files all-or-nothing: each file is rendered to a temporary name in the
/// target folder and only moved into place when every file rendered. Existing files are replaced only
/// with --force.
/// </summary>
public sealed class OutputFolder
{
    private readonly string _directory;
    private readonly bool _force;
    private readonly List<(string Name, Action<Stream> Write)> _files = [];

    public OutputFolder(string directory, bool force)
    {
        _directory = directory;
        _force = force;
    }

    public OutputFolder Add(string name, Action<Stream> write)
    {
        _files.Add((name, write));
        return this;
    }

    /// <summary>Writes every file; on any failure nothing is left behind and nothing existing is touched.</summary>
    public IReadOnlyList<string> Commit()
    {
        var existing = _files.Select(f => Path.Combine(_directory, f.Name)).Where(File.Exists).ToList();
        if (existing.Count > 0 && !_force)
        {
            throw new CliFailureException(existing.Select(p => $"{p}: error PK0400: file exists; pass --force to replace it"));
        }

        Directory.CreateDirectory(_directory);
        var staged = new List<(string Temp, string Final)>();
        // A writer is dropped once it ran, so what only it holds (the composed annex) goes with the next collection.
        var pending = new Queue<(string Name, Action<Stream> Write)>(_files);
        _files.Clear();
        try
        {
            while (pending.TryDequeue(out var file))
            {
                var (name, write) = file;
                var final = Path.Combine(_directory, name);
                var temp = Path.Combine(_directory, $".{name}.{Environment.ProcessId}.tmp");
                staged.Add((temp, final));
                using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
                {
                    write(stream);
                }

                // A written document's element tree is garbage now; collecting it before the next document is
                // built keeps peak memory at the largest single document (10,000 clauses: 372 -> 318 MB, no
                // slower; docs/performance.md). The GC would otherwise let the heap grow across all of them.
                if (pending.Count > 0)
                {
                    GC.Collect();
                }
            }

            foreach (var (temp, final) in staged)
            {
                File.Move(temp, final, overwrite: true);
            }
        }
        catch
        {
            foreach (var (temp, _) in staged.Where(s => File.Exists(s.Temp)))
            {
                File.Delete(temp);
            }

            throw;
        }

        return [.. staged.Select(s => s.Final)];
    }
}
