namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Rewrites a tender file all-or-nothing: the new text goes to a temporary file beside it, which then replaces it.</summary>
public static class TenderFile
{
    public static void Replace(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temp, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
