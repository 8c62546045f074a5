using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Inception;

/// <summary>
/// Inception v3 as the FID reference implementations build it: TensorFlow's 2015 graph, whose
/// pool branches differ from torchvision's, with a 1,008-way classifier and no auxiliary head.
/// Its forward pass maps images [N, 3, 299, 299] in [-1, 1] to the 2,048-d pool features.
/// </summary>
/// <remarks>
/// Module and parameter names follow PyTorch's (Conv2d_1a_3x3, Mixed_5b.branch1x1.conv.weight,
/// fc.weight, ...), so a state dict saved by PyTorch loads key for key.
/// </remarks>
public sealed class FidInceptionV3 : nn.Module<Tensor, Tensor>
{
    /// <summary>The length of the pool feature vector.</summary>
    public const int FeatureSize = 2048;

    /// <summary>The number of classes of the TensorFlow graph's classifier.</summary>
    public const int ClassCount = 1008;

    /// <summary>The side of the square input the network was trained on.</summary>
    public const int InputSize = 299;

    private readonly List<(string Name, Func<Tensor, Tensor> Apply)> stages = [];
    private readonly Linear fc;

    /// <summary>Creates the network with untrained weights; load weights before use.</summary>
    public FidInceptionV3()
        : base(nameof(FidInceptionV3))
    {
        AddLayer("Conv2d_1a_3x3", new ConvBlock(3, 32, 3, stride: 2));
        AddLayer("Conv2d_2a_3x3", new ConvBlock(32, 32, 3));
        AddLayer("Conv2d_2b_3x3", new ConvBlock(32, 64, 3, padding: 1));
        stages.Add(("maxpool1", x => nn.functional.max_pool2d(x, 3, stride: 2)));
        AddLayer("Conv2d_3b_1x1", new ConvBlock(64, 80, 1));
        AddLayer("Conv2d_4a_3x3", new ConvBlock(80, 192, 3));
        stages.Add(("maxpool2", x => nn.functional.max_pool2d(x, 3, stride: 2)));
        AddLayer("Mixed_5b", new InceptionA(192, 32));
        AddLayer("Mixed_5c", new InceptionA(256, 64));
        AddLayer("Mixed_5d", new InceptionA(288, 64));
        AddLayer("Mixed_6a", new InceptionB(288));
        AddLayer("Mixed_6b", new InceptionC(768, 128));
        AddLayer("Mixed_6c", new InceptionC(768, 160));
        AddLayer("Mixed_6d", new InceptionC(768, 160));
        AddLayer("Mixed_6e", new InceptionC(768, 192));
        AddLayer("Mixed_7a", new InceptionD(768));
        AddLayer("Mixed_7b", new InceptionE(1280, maxPool: false));
        AddLayer("Mixed_7c", new InceptionE(2048, maxPool: true));

        // The classifier is not used for features; its weight matrix gives the Inception Score's
        // logits, and the published state dict, which holds it, loads with an exact key check.
        fc = nn.Linear(FeatureSize, ClassCount);
        register_module("fc", fc);
    }

    /// <summary>The pool features of a batch.</summary>
    /// <param name="input">Images [N, 3, 299, 299], values in [-1, 1].</param>
    /// <returns>Features [N, 2048].</returns>
    public override Tensor forward(Tensor input) => Stages(input)[^1].Output;

    /// <summary>
    /// Runs the network one stage at a time and returns every stage's output, ending with the
    /// pool features: for comparing the port layer for layer with another implementation.
    /// </summary>
    /// <param name="input">Images [N, 3, 299, 299], values in [-1, 1].</param>
    /// <returns>
    /// Stage names (PyTorch's module names, maxpool1, maxpool2, features) and outputs.
    /// </returns>
    public IReadOnlyList<(string Name, Tensor Output)> Stages(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var shape = input.shape;
        if (shape.Length != 4 || shape[1] != 3 || shape[2] < 75 || shape[3] < 75)
        {
            throw new ArgumentException(
                "Expected images shaped [N, 3, H, W] with H, W >= 75 (299 for the trained "
                + $"weights), found [{string.Join(", ", shape)}].", nameof(input));
        }

        var outputs = new List<(string, Tensor)>(stages.Count + 1);
        var x = input;
        foreach (var (name, apply) in stages)
        {
            x = apply(x);
            outputs.Add((name, x));
        }
        outputs.Add(("features", nn.functional.adaptive_avg_pool2d(x, [1, 1]).flatten(1)));
        return outputs;
    }

    /// <summary>The 1,008 class logits of pool features (class 0 is TensorFlow's background).</summary>
    /// <param name="features">Pool features [N, 2048].</param>
    /// <returns>Logits [N, 1008].</returns>
    public Tensor Logits(Tensor features) => fc.call(features);

    /// <summary>
    /// The logits the Inception Score is computed from: the pool features times the classifier's
    /// weight matrix, without its bias. Salimans et al.'s original code reads only the weight of
    /// the graph's final matrix product, and the usual PyTorch ports (torch-fidelity's and
    /// torchmetrics' "logits_unbiased") follow it, so published scores are comparable with these.
    /// </summary>
    /// <param name="features">Pool features [N, 2048].</param>
    /// <returns>Logits [N, 1008]; softmax over all 1,008, background class included.</returns>
    public Tensor ScoreLogits(Tensor features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.dim() != 2 || features.shape[1] != FeatureSize)
        {
            throw new ArgumentException(
                $"Expected pool features shaped [N, {FeatureSize}], found "
                + $"[{string.Join(", ", features.shape)}].", nameof(features));
        }
        return features.matmul(fc.weight!.t());
    }

    private void AddLayer(string name, nn.Module<Tensor, Tensor> layer)
    {
        register_module(name, layer);
        stages.Add((name, layer.call));
    }
}
