using System.Text.Json.Nodes;
using GanNotebooks.Cli;
using GanNotebooks.Cli.Notebooks;

namespace GanNotebooks.Tests.Notebooks;

public sealed class NotebookRunnerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gan-runner-").FullName;

    [Fact]
    public async Task A_failing_cell_is_reported_with_its_number_and_message()
    {
        // The kernel resolves the repository's tool manifest from the notebook's folder.
        string notebooks = Path.Combine(RepositoryLayout.FindRoot(), "artifacts", "test-notebooks",
            Path.GetFileName(folder));
        Directory.CreateDirectory(notebooks);
        string path = Path.Combine(notebooks, "99-broken.ipynb");
        WriteNotebook(path, "var x = 6 * 7;", "throw new InvalidOperationException(\"boom at 42\");", "x");
        var runner = new NotebookRunner(notebooks, Path.Combine(folder, "out"), "quick", TimeSpan.FromMinutes(5));

        try
        {
            var result = await runner.RunAsync(path);

            Assert.False(result.Succeeded);
            Assert.Equal(2, result.FailedCell);
            Assert.Contains("boom at 42", result.Error);
            Assert.Equal(3, result.Cells);
            Assert.True(File.Exists(result.ExecutedPath));
        }
        finally
        {
            Directory.Delete(notebooks, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_name_lists_the_notebooks_there_are()
    {
        string notebooks = Path.Combine(RepositoryLayout.FindRoot(), "notebooks");
        var runner = new NotebookRunner(notebooks, folder, "quick", TimeSpan.FromMinutes(1));

        var error = Assert.Throws<ArgumentException>(() => runner.Select(["42-nonexistent"]));

        Assert.Contains("42-nonexistent", error.Message);
        Assert.Contains("01-generator-and-discriminator", error.Message);
        Assert.Single(runner.Select(["01"]));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void WriteNotebook(string path, params string[] cells)
    {
        var cellNodes = new JsonArray();
        foreach (var source in cells)
        {
            cellNodes.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["metadata"] = new JsonObject
                {
                    ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
                },
                ["outputs"] = new JsonArray(),
                ["source"] = new JsonArray(source),
            });
        }
        var notebook = new JsonObject
        {
            ["cells"] = cellNodes,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject
                {
                    ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp",
                },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        File.WriteAllText(path, notebook.ToJsonString());
    }
}
