using System.Text.Json.Nodes;
using GanNotebooks.Cli.Notebooks;

namespace GanNotebooks.Cli.Bench;

/// <summary>
/// Wall times of the course as a learner meets them: a fresh kernel with the setup cell alone,
/// then every notebook in quick mode, each on its own fresh kernel.
/// </summary>
public static class NotebookTimings
{
    // The setup-only notebook must sit beside setup.csx, whose paths resolve against the
    // kernel's working directory; the leading underscore keeps it out of the course's order.
    private const string SetupOnlyName = "_bench-setup-only.ipynb";

    /// <summary>Runs the setup-only notebook, then every course notebook, in quick mode.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="report">Receives each result as it finishes.</param>
    /// <returns>The setup-only result first, then one per notebook in course order.</returns>
    public static async Task<IReadOnlyList<NotebookResult>> MeasureAsync(
        string root, Action<NotebookResult> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string library = Path.Combine(root, "artifacts", "bin", "GanNotebooks", "debug", "GanNotebooks.dll");
        if (!File.Exists(library))
        {
            throw new InvalidOperationException(
                $"The notebooks load {library}, which is missing: run 'dotnet build GanNotebooks.sln' first.");
        }
        string notebooks = Path.Combine(root, "notebooks");
        var runner = new NotebookRunner(notebooks, Path.Combine(root, "artifacts", "bench", "notebooks"),
            "quick", TimeSpan.FromMinutes(30));
        var course = runner.Select([]).Where(p => !Path.GetFileName(p).StartsWith('_')).ToList();
        await NotebookRunner.RestoreToolsAsync(root, CancellationToken.None);

        var results = new List<NotebookResult>();
        string setupOnly = Path.Combine(notebooks, SetupOnlyName);
        File.WriteAllText(setupOnly, SetupOnlyNotebook(course[0]));
        try
        {
            results.Add(await runner.RunAsync(setupOnly));
            report(results[^1]);
        }
        finally
        {
            File.Delete(setupOnly);
        }
        foreach (var notebook in course)
        {
            results.Add(await runner.RunAsync(notebook));
            report(results[^1]);
        }
        return results;
    }

    // The first cell of a course notebook, with that notebook's metadata, and nothing else.
    private static string SetupOnlyNotebook(string courseNotebook)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(courseNotebook))!.AsObject();
        var cells = notebook["cells"]!.AsArray();
        var setup = cells.First(c => (string?)c!["cell_type"] == "code")!.DeepClone();
        notebook["cells"] = new JsonArray(setup);
        return notebook.ToJsonString();
    }
}
