using System.CommandLine;
using System.Text.Json;
using GanNotebooks.Data;
using GanNotebooks.Models;
using GanNotebooks.Training;
using TorchSharp;

namespace GanNotebooks.Cli.Bench;

/// <summary><c>gan bench</c>: speed and memory against this machine's own matrix-multiply rate.</summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>bench</c> command.</returns>
    public static Command Create()
    {
        var steps = new Option<int>("--steps")
        {
            Description = "Timed training steps of the full-size networks at batch 128",
            DefaultValueFactory = _ => 20,
        };
        var memorySteps = new Option<int>("--memory-steps")
        {
            Description = "Training steps over which memory is sampled (every 100 steps)",
            DefaultValueFactory = _ => 2000,
        };
        var memoryWidth = new Option<double>("--memory-width")
        {
            Description = "Width of the networks in the memory run (the code path is the same)",
            DefaultValueFactory = _ => 0.25,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "JSON file for the figures [default: artifacts/bench/bench.json]",
        };
        var profile = new Option<bool>("--profile")
        {
            Description = "Also time each layer of both networks, forward and backward, at batch 128",
        };
        var notebooks = new Option<bool>("--notebooks")
        {
            Description = "Also time a fresh kernel with the setup cell, and every notebook in quick mode",
        };
        var only = new Option<string?>("--only")
        {
            Description = "Run one part: training (step and memory), fid or extractors [default: all]",
        };
        only.AcceptOnlyFromAmong("training", "fid", "extractors");
        var command = new Command("bench", "Measure training speed, memory and FID time on this machine")
        {
            steps, memorySteps, memoryWidth, profile, notebooks, output, only,
        };
        command.SetAction((result, cancellation) => RunAsync(new BenchSettings(
            result.GetValue(steps), result.GetValue(memorySteps), result.GetValue(memoryWidth),
            result.GetValue(profile), result.GetValue(notebooks), result.GetValue(output),
            result.GetValue(only))));
        return command;
    }

    private static async Task<int> RunAsync(BenchSettings settings)
    {
        if (settings.Steps < 1) throw new ArgumentException("--steps must be at least 1.");
        if (settings.MemorySteps < 200 || settings.MemorySteps % 100 != 0)
        {
            throw new ArgumentException("--memory-steps must be a multiple of 100, at least 200.");
        }
        var results = new List<BenchResult>();
        void Report(BenchResult r)
        {
            results.Add(r);
            Console.WriteLine(r);
        }

        Console.WriteLine($"torch {torch.__version__} | {torch.get_num_threads()} threads | "
            + $"{Environment.ProcessorCount} cores | .NET {Environment.Version}");
        double ceiling = Benchmarks.MatmulGflops();
        Report(new("matmul 2048x2048 float32 (ceiling)", ceiling, "GFLOP/s", "best of 10"));
        double bfloat16 = Benchmarks.MatmulGflops(torch.ScalarType.BFloat16);
        Report(new("matmul 2048x2048 bfloat16", bfloat16, "GFLOP/s",
            FormattableString.Invariant($"best of 10; {bfloat16 / ceiling:F2}x float32")));
        double float64 = Benchmarks.MatmulGflops(torch.ScalarType.Float64);
        Report(new("matmul 2048x2048 float64", float64, "GFLOP/s",
            FormattableString.Invariant($"best of 10; {float64 / ceiling:F2}x float32; FID works in it")));
        if (settings.Only is null or "training") RunTraining(settings, ceiling, Report);
        if (settings.Only is null or "fid") RunFid(Report);
        if (settings.Only is null or "extractors") ExtractorThroughput.Measure(Report);
        if (settings.Notebooks) await RunNotebooksAsync(Report);

        string path = settings.Output ?? Path.Combine(RepositoryLayout.FindRoot(), "artifacts", "bench", "bench.json");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"figures written to {path}");
        return 0;
    }

    private static void RunFid(Action<BenchResult> report)
    {
        var (statistics, distance, fid) = Benchmarks.FidSeconds();
        string note = FormattableString.Invariant($"2 x 10,000 samples; distance {fid:F4}");
        double plain = Benchmarks.FullGramSeconds();
        report(new("FID statistics by one plain X^T X each (reference)", plain, "s", "both triangles"));
        report(new("FID statistics, 2,048-d, float64", statistics, "s",
            FormattableString.Invariant($"{note}; {statistics / plain:F2}x the reference")));
        report(new("FID distance (Cholesky, eigvalsh), 2,048-d", distance, "s", "after the statistics"));
        report(new("FID total, 2,048-d, 10,000 samples each", statistics + distance, "s",
            "compare: python3 tests/reference/metrics_reference.py --time"));
    }

    private static void RunTraining(BenchSettings settings, double ceiling, Action<BenchResult> report)
    {
        report(new("load 70,000 Fashion-MNIST images", Benchmarks.LoadMilliseconds(), "ms",
            "checksums included"));

        using var train = FashionMnist.Load(DatasetSplit.Train);
        var classic = new ModelOptions();
        double flops = Benchmarks.StepFlops(classic, 128);
        double stepMs = Benchmarks.StepMilliseconds(train, classic, 128, settings.Steps);
        double rate = flops / (stepMs / 1000) / 1e9;
        report(new("training step, classic 28x28, batch 128", stepMs, "ms",
            FormattableString.Invariant($"median of {settings.Steps}; {flops / 1e9:F1} GFLOP/step")));
        report(new("training step rate", rate, "GFLOP/s",
            FormattableString.Invariant($"{100 * rate / ceiling:F0} % of the matmul ceiling")));
        double mixedMs = Benchmarks.BFloat16StepMilliseconds(train, classic, 128, settings.Steps);
        double mixedRate = flops / (mixedMs / 1000) / 1e9;
        double deviation = BFloat16Step.OutputDeviation(GanOptions.Classic);
        report(new("training step, bfloat16 with float32 master weights", mixedMs, "ms",
            FormattableString.Invariant($"median of {settings.Steps}; {stepMs / mixedMs:F2}x faster than float32")));
        report(new("training step rate, bfloat16", mixedRate, "GFLOP/s", FormattableString.Invariant(
            $"{100 * mixedRate / ceiling:F0} % of the float32 ceiling; images {100 * deviation:F1} % off float32")));
        if (settings.Profile) PrintLayerProfile(classic, 128, report);

        int steps = settings.MemorySteps;
        var memory = Benchmarks.MemoryOverSteps(train, new ModelOptions(Width: settings.MemoryWidth), 128, steps);
        string memoryRun = FormattableString.Invariant($"width {settings.MemoryWidth}, batch 128");
        var first = memory.At(100);
        foreach (int step in new[] { 100, 500, steps }.Where(s => s <= steps).Distinct())
        {
            var sample = memory.At(step);
            report(new($"resident memory at step {step}", sample.ResidentMegabytes, "MB", memoryRun));
            if (step == 100) continue;
            double growth = sample.ResidentMegabytes - first.ResidentMegabytes;
            string note = FormattableString.Invariant($"{100 * growth / first.ResidentMegabytes:F1} %; ")
                + $"live tensors {first.LiveTensors} -> {sample.LiveTensors}";
            report(new($"growth from step 100 to step {step}", growth, "MB", note));
        }
        report(new("resident memory peak (sampled every 100 steps)", memory.ResidentPeak, "MB", memoryRun));
    }

    private static async Task RunNotebooksAsync(Action<BenchResult> report)
    {
        var timings = await NotebookTimings.MeasureAsync(RepositoryLayout.FindRoot(), result =>
            report(new(result.Name.StartsWith('_') ? "fresh kernel + setup cell" : $"notebook {result.Name}",
                result.Elapsed.TotalSeconds, "s", result.Succeeded ? "quick mode" : result.ToString())));
        report(new("whole course, quick mode", timings.Skip(1).Sum(t => t.Elapsed.TotalSeconds), "s",
            $"{timings.Count - 1} notebooks, {timings.Count(t => !t.Succeeded)} failed"));
    }

    private static void PrintLayerProfile(ModelOptions options, int batchSize, Action<BenchResult> report)
    {
        // NOTE: TorchSharp 0.107 has no autocast. The bfloat16 rows run whole copies of the
        // networks in bfloat16, an upper bound on what mixed precision (float32 weights, bfloat16
        // products, casts between) could gain; the training step itself stays float32.
        foreach (var type in new[] { torch.ScalarType.Float32, torch.ScalarType.BFloat16 })
        {
            using var generator = new Models.Generator(options);
            using var discriminator = new Discriminator(options);
            generator.to(type);
            discriminator.to(type);
            using var scope = torch.NewDisposeScope();
            var networks = new (string Name, SequentialModel Model, torch.Tensor Input)[]
            {
                ("generator", generator, torch.randn(batchSize, options.LatentSize).to_type(type)),
                ("discriminator", discriminator, torch.randn(2 * batchSize, 1, 28, 28).to_type(type)),
            };
            foreach (var (name, model, input) in networks)
            {
                var layers = LayerProfile.Measure(model, input, repeats: 5);
                string precision = type == torch.ScalarType.Float32 ? "float32" : "bfloat16";
                Console.WriteLine(FormattableString.Invariant(
                    $"layer profile, {name}, {precision}, batch {input.shape[0]} (median of 5):"));
                foreach (var layer in layers) Console.WriteLine(layer);
                double total = layers.Sum(l => l.ForwardMilliseconds + l.BackwardMilliseconds);
                report(new($"{name} forward + backward, {precision}, batch {input.shape[0]}", total, "ms",
                    "sum of the layer profile"));
            }
        }
    }
}
