using GanNotebooks.Classification;
using GanNotebooks.Cli;
using GanNotebooks.Cli.Notebooks;

namespace GanNotebooks.Tests.Notebooks;

public sealed class NotebookExecutionTests(ExecutedNotebooksFixture executed)
    : IClassFixture<ExecutedNotebooksFixture>
{
    public static TheoryData<string> NotebookNames()
    {
        var names = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryLayout.FindRoot(), "notebooks"), "*.ipynb"))
        {
            names.Add(Path.GetFileNameWithoutExtension(path));
        }
        return names;
    }

    [Theory]
    [MemberData(nameof(NotebookNames))]
    public void Notebook_runs_top_to_bottom_without_error(string name)
    {
        var result = executed.Results[name];

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(result.Cells > 0);
    }

    [Fact]
    public void Notebook_01_shows_an_image_grid_and_a_chart()
    {
        var notebook = ExecutedNotebook.Load(executed.Results["01-generator-and-discriminator"].ExecutedPath);

        Assert.True(notebook.HasOutput("image/png"));
        Assert.True(notebook.HasOutputContaining("text/html", "Plotly.newPlot"));
        // The first chart carries plotly.js itself, so charts draw without network access.
        Assert.True(notebook.HasOutputContaining("text/html", "window.Plotly"));
    }

    [Fact]
    public void Notebook_04_shows_charts_and_the_value_of_the_game_at_matching_densities()
    {
        var notebook = ExecutedNotebook.Load(executed.Results["04-optimal-discriminator"].ExecutedPath);

        Assert.True(notebook.HasOutputContaining("text/html", "Plotly.newPlot"));
        // V(G, D*) computed by quadrature at p_g = p_data, printed to six decimals: −log 4.
        Assert.True(notebook.HasOutputContaining("text/plain", "V(G, D*) at p_g = p_data: -1.386294"));
        Assert.True(notebook.HasOutputContaining("text/plain", "modes against"));
    }

    [Fact]
    public void Notebook_05_shows_image_grids_and_its_metric_charts()
    {
        var notebook = ExecutedNotebook.Load(executed.Results["05-evaluating-gans"].ExecutedPath);

        Assert.True(notebook.HasOutput("image/png"));
        Assert.True(notebook.HasOutputContaining("text/html", "FID and KID against training steps"));
        Assert.True(notebook.HasOutputContaining("text/html", "FID against 1/N"));
        Assert.True(notebook.HasOutputContaining(
            "text/html", "IS of the same real images against the number of splits"));
        // The same images under two extractors, one table row each.
        Assert.True(notebook.HasOutputContaining("text/plain", "images through ResNet-18 in"));
        Assert.True(notebook.HasOutputContaining("text/plain", "ImageNet ResNet-18"));
        Assert.True(notebook.HasOutputContaining("text/plain", "Fashion-MNIST classifier"));
    }

    [Fact]
    public void Notebook_02_prices_a_verdict_and_shows_images_and_charts()
    {
        string path = executed.Results["02-training-the-discriminator"].ExecutedPath;
        var notebook = ExecutedNotebook.Load(path);

        // -ln 0.29 and -ln 0.71, through the loss the library trains with.
        Assert.True(notebook.HasOutputContaining(
            "text/plain", "1.2379 with label 1, 0.3425 with label 0"));
        Assert.True(notebook.HasOutput("image/png"));
        // Loss curves per verdict, two score histograms, losses, accuracies, the gradient.
        Assert.Equal(6, notebook.CountOutputsContaining("text/html", "Plotly.newPlot"));
        Assert.True(notebook.HasOutputContaining("text/html", "window.Plotly"));
    }

    [Fact]
    public void Notebook_03_shows_a_frozen_discriminator_heat_maps_grids_and_charts()
    {
        var notebook = ExecutedNotebook.Load(executed.Results["03-generator-feedback"].ExecutedPath);

        Assert.True(notebook.HasOutputContaining("text/plain", "discriminator: 0 of"));
        // Heat maps, steps along the gradient, the two losses' images, the live grid, the strip
        // and the final grid.
        Assert.True(notebook.CountOutputsContaining("image/png", "") >= 6);
        // The saturation plot, two comparisons of the losses, the run's losses and accuracies.
        Assert.Equal(5, notebook.CountOutputsContaining("text/html", "Plotly.newPlot"));
        Assert.True(notebook.HasOutputContaining("text/html", "window.Plotly"));
    }

    [Fact]
    public void Notebook_06_compares_every_method_at_both_label_counts_and_projects_the_features()
    {
        var notebook = ExecutedNotebook.Load(executed.Results["06-discriminator-as-classifier"].ExecutedPath);

        // One line per run as it finishes: each method, each label count, the quick mode's seed.
        foreach (string method in FewLabelExperiment.Methods)
        {
            foreach (int labels in new[] { 100, 1000 })
            {
                string run = new ClassifierRun(method, labels, 1, 0, 0).ToString();
                Assert.True(notebook.HasPrinted(run[..run.IndexOf("| test", StringComparison.Ordinal)]), run);
            }
        }
        Assert.True(notebook.HasPrinted("100 labels: best is"));
        Assert.True(notebook.HasPrinted("1000 labels: best is"));
        Assert.True(notebook.HasOutputContaining("text/html", "MeanTestAccuracy"));
        // The labelled images and the pretrained generator's samples.
        Assert.True(notebook.CountOutputsContaining("image/png", "") >= 2);
        // Two feature projections and the accuracy chart.
        Assert.Equal(3, notebook.CountOutputsContaining("text/html", "Plotly.newPlot"));
        Assert.True(notebook.HasOutputContaining("text/html", "Test accuracy against labels"));
    }

    [Fact]
    public void Committed_notebooks_have_no_outputs_and_carry_both_hosts_metadata()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryLayout.FindRoot(), "notebooks"), "*.ipynb"))
        {
            var text = File.ReadAllText(path);
            var notebook = ExecutedNotebook.Load(path);

            Assert.False(notebook.HasAnyOutput, $"{path} was committed with outputs");
            Assert.Contains("\".net-csharp\"", text);
            Assert.Contains("\"polyglot-notebook\"", text);
            Assert.Contains("\"defaultKernelName\": \"csharp\"", text);
        }
    }
}
