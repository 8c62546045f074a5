using System.Diagnostics;
using GanNotebooks.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Cli.Bench;

/// <summary>Where a network's time goes: each layer's forward and backward pass, timed alone.</summary>
public static class LayerProfile
{
    /// <summary>
    /// Times every layer of <paramref name="model"/> on the activations the previous layers give
    /// for <paramref name="input"/>. The backward pass computes the gradients of the layer's
    /// parameters and, except for the first layer, of its input, as a training step does.
    /// </summary>
    /// <param name="model">The network, in training mode.</param>
    /// <param name="input">A batch of the shape the model expects.</param>
    /// <param name="repeats">Timed runs per layer after one warm-up; the median is kept.</param>
    /// <returns>One timing per layer, in order.</returns>
    public static IReadOnlyList<LayerTiming> Measure(SequentialModel model, Tensor input, int repeats)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);

        var flops = FlopCounter.PerLayer(model, input);
        var timings = new List<LayerTiming>();
        using var scope = NewDisposeScope();
        var x = input.detach();
        var named = model.Layers.Select((layer, i) => (layer: (nn.Module<Tensor, Tensor>)layer, i)).ToList();
        foreach (var (layer, i) in named)
        {
            var layerInput = x.detach().requires_grad_(i > 0);
            var forward = new List<double>();
            var backward = new List<double>();
            Tensor output = layerInput;
            for (int run = 0; run <= repeats; run++)
            {
                using var runScope = NewDisposeScope();
                var clock = Stopwatch.StartNew();
                output = layer.call(layerInput);
                double forwardMs = clock.Elapsed.TotalMilliseconds;
                var gradient = ones_like(output);

                clock.Restart();
                if (output.requires_grad) output.backward([gradient]);
                double backwardMs = clock.Elapsed.TotalMilliseconds;
                if (run > 0)
                {
                    forward.Add(forwardMs);
                    backward.Add(backwardMs);
                }
                output = output.detach().MoveToOuterDisposeScope();
                layerInput.grad?.zero_();
                model.zero_grad();
            }
            timings.Add(new LayerTiming(
                flops[i].Layer, Median(forward), Median(backward), flops[i].Flops));
            x = output;
        }
        return timings;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
