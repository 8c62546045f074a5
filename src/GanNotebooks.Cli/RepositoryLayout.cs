namespace GanNotebooks.Cli;

/// <summary>Finds the course's folders from wherever the tool is started.</summary>
public static class RepositoryLayout
{
    private const string Marker = "GanNotebooks.sln";

    /// <summary>
    /// The repository root: the first folder holding GanNotebooks.sln, looking up from the current
    /// directory and then from the tool's own location.
    /// </summary>
    /// <returns>The absolute path of the root.</returns>
    /// <exception cref="DirectoryNotFoundException">Neither search found the solution file.</exception>
    public static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, Marker))) return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException(
            $"Could not find {Marker} above {Directory.GetCurrentDirectory()} or "
            + $"{AppContext.BaseDirectory}; run gan from inside the GanNotebooks repository.");
    }
}
