using GanNotebooks.Models;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Models;

public sealed class SameConv2dTests
{
    [Theory]
    [InlineData(32, 1, 7)]
    [InlineData(5, 3, 3)]
    [InlineData(4, 2, 1)]
    public void Output_and_gradients_equal_those_of_conv2d(int inChannels, int outChannels, int kernel)
    {
        using var scope = NewDisposeScope();
        using var layer = new SameConv2d(inChannels, outChannels, kernel);
        var input = randn(3, inChannels, 11, 9).requires_grad_(true);
        var weight = layer.Weight.detach().clone().requires_grad_(true);
        var bias = layer.Bias.detach().clone().requires_grad_(true);
        var outputGradient = randn(3, outChannels, 11, 9);

        var actual = layer.call(input);
        actual.backward([outputGradient]);
        var actualInputGradient = input.grad!.clone();
        input.grad!.zero_();
        var expected = nn.functional.conv2d(input, weight, bias, padding: [kernel / 2, kernel / 2]);
        expected.backward([outputGradient]);

        Assert.True(actual.allclose(expected, rtol: 1e-4, atol: 1e-5), "outputs differ");
        Assert.True(actualInputGradient.allclose(input.grad!, rtol: 1e-4, atol: 1e-4), "input gradients differ");
        Assert.True(layer.Weight.grad!.allclose(weight.grad!, rtol: 1e-4, atol: 1e-4), "weight gradients differ");
        Assert.True(layer.Bias.grad!.allclose(bias.grad!, rtol: 1e-4, atol: 1e-4), "bias gradients differ");
    }

    [Fact]
    public void Initial_values_are_those_conv2d_draws_from_the_same_seed()
    {
        random.manual_seed(11);
        using var expected = nn.Conv2d(16, 1, 7, padding: 3);
        random.manual_seed(11);
        using var actual = new SameConv2d(16, 1, 7);

        Data.TensorAssert.Identical(expected.weight!, actual.Weight);
        Data.TensorAssert.Identical(expected.bias!, actual.Bias);
        Assert.Equal(["weight", "bias"], actual.named_parameters().Select(p => p.name));
    }

    [Fact]
    public void Even_kernels_and_wrong_channel_counts_are_refused()
    {
        using var layer = new SameConv2d(4, 1, 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => new SameConv2d(4, 1, 4));
        var error = Assert.Throws<ArgumentException>(() => layer.call(zeros(2, 3, 8, 8)));
        Assert.Contains("[N, 4, H, W]", error.Message);
    }
}
