using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanNotebooks.Models;

/// <summary>
/// A network made of named layers applied in order, which can report the shape of every
/// intermediate tensor. The generator and the discriminator both build on it.
/// </summary>
public abstract class SequentialModel : nn.Module<Tensor, Tensor>
{
    private readonly Sequential layers;

    /// <summary>Creates the model from its named layers.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="namedLayers">The layers, in the order they are applied.</param>
    protected SequentialModel(string name, params (string Name, nn.Module<Tensor, Tensor> Layer)[] namedLayers)
        : base(name)
    {
        layers = nn.Sequential(namedLayers);
        RegisterComponents();
    }

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>The layers, in the order they are applied.</summary>
    public IReadOnlyList<nn.Module> Layers => layers.children().ToList();

    /// <summary>Runs the layers in order.</summary>
    /// <param name="input">The input batch.</param>
    /// <returns>The output batch.</returns>
    public override Tensor forward(Tensor input) => layers.forward(input);

    /// <summary>Runs the layers in order up to and including the one named <paramref name="layerName"/>.</summary>
    /// <param name="input">The input batch.</param>
    /// <param name="layerName">The name of the last layer to apply, e.g. <c>flatten</c>.</param>
    /// <returns>That layer's output.</returns>
    /// <exception cref="ArgumentException">No layer has that name.</exception>
    public Tensor ForwardThrough(Tensor input, string layerName)
    {
        ArgumentNullException.ThrowIfNull(input);
        var named = layers.named_children().ToList();
        int last = named.FindIndex(child => child.name == layerName);
        if (last < 0)
        {
            throw new ArgumentException(
                $"Expected one of the layers {string.Join(", ", named.Select(c => c.name))}, "
                + $"found '{layerName}'.", nameof(layerName));
        }

        using var scope = NewDisposeScope();
        var x = input;
        for (int i = 0; i <= last; i++) x = ((nn.Module<Tensor, Tensor>)named[i].module).call(x);
        return x.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Runs <paramref name="input"/> through the layers one at a time, without gradients, and
    /// returns the input shape followed by each layer's output shape.
    /// </summary>
    /// <param name="input">An input batch of the shape the model expects.</param>
    /// <returns>One entry for the input and one per layer.</returns>
    public IReadOnlyList<LayerShape> TraceShapes(Tensor input)
    {
        var shapes = new List<LayerShape> { new("input", input.shape, 0) };
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var x = input;
        foreach (var (name, layer) in layers.named_children())
        {
            x = ((nn.Module<Tensor, Tensor>)layer).call(x);
            long count = layer.parameters().Sum(p => p.numel());
            shapes.Add(new LayerShape($"{name} ({layer.GetType().Name})", x.shape, count));
        }
        return shapes;
    }
}
