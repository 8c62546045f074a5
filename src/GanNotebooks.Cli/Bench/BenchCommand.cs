using System.CommandLine;
using System.Text.Json;
using GanNotebooks.Data;
using GanNotebooks.Models;
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
        var only = new Option<string?>("--only")
        {
            Description = "Run one part: training (step and memory) or fid [default: all]",
        };
        only.AcceptOnlyFromAmong("training", "fid");
        var command = new Command("bench", "Measure training speed, memory and FID time on this machine")
        {
            steps, memorySteps, memoryWidth, output, only,
        };
        command.SetAction(result => Run(
            result.GetValue(steps), result.GetValue(memorySteps), result.GetValue(memoryWidth),
            result.GetValue(output), result.GetValue(only)));
        return command;
    }

    private static int Run(int steps, int memorySteps, double memoryWidth, string? output, string? only)
    {
        if (steps < 1) throw new ArgumentException("--steps must be at least 1.");
        if (memorySteps < 200) throw new ArgumentException("--memory-steps must be at least 200.");
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
        if (only is null or "training") RunTraining(steps, memorySteps, memoryWidth, ceiling, Report);
        if (only is null or "fid") RunFid(Report);

        string path = output ?? Path.Combine(RepositoryLayout.FindRoot(), "artifacts", "bench", "bench.json");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"figures written to {path}");
        return 0;
    }

    private static void RunFid(Action<BenchResult> report)
    {
        var (statistics, distance, fid) = Benchmarks.FidSeconds();
        string note = FormattableString.Invariant($"2 x 10,000 samples; distance {fid:F4}");
        report(new("FID statistics, 2,048-d, float64", statistics, "s", note));
        report(new("FID distance (Cholesky, eigvalsh), 2,048-d", distance, "s", "after the statistics"));
        report(new("FID total, 2,048-d, 10,000 samples each", statistics + distance, "s",
            "compare: python3 tests/reference/metrics_reference.py --time"));
    }

    private static void RunTraining(
        int steps, int memorySteps, double memoryWidth, double ceiling, Action<BenchResult> report)
    {
        report(new("load 70,000 Fashion-MNIST images", Benchmarks.LoadMilliseconds(), "ms",
            "checksums included"));

        using var train = FashionMnist.Load(DatasetSplit.Train);
        var classic = new ModelOptions();
        double flops = Benchmarks.StepFlops(classic, 128);
        double stepMs = Benchmarks.StepMilliseconds(train, classic, 128, steps);
        double rate = flops / (stepMs / 1000) / 1e9;
        report(new("training step, classic 28x28, batch 128", stepMs, "ms",
            FormattableString.Invariant($"median of {steps}; {flops / 1e9:F1} GFLOP/step")));
        report(new("training step rate", rate, "GFLOP/s",
            FormattableString.Invariant($"{100 * rate / ceiling:F0} % of the matmul ceiling")));

        var memory = Benchmarks.MemoryOverSteps(train, new ModelOptions(Width: memoryWidth), 128, memorySteps);
        string memoryRun = FormattableString.Invariant($"width {memoryWidth}, batch 128");
        report(new("resident memory at step 100", memory.ResidentAtStep100, "MB", memoryRun));
        report(new($"resident memory at step {memorySteps}", memory.ResidentAtEnd, "MB", memoryRun));
        report(new("resident memory peak (sampled)", memory.ResidentPeak, "MB", memoryRun));
        double growth = memory.ResidentAtEnd - memory.ResidentAtStep100;
        report(new($"growth from step 100 to step {memorySteps}", growth, "MB",
            FormattableString.Invariant($"{100 * growth / memory.ResidentAtStep100:F1} %")));
        report(new($"live tensors at step 100 and {memorySteps}", memory.TensorsAtEnd, "tensors",
            FormattableString.Invariant($"{memory.TensorsAtStep100} at step 100")));
    }
}
