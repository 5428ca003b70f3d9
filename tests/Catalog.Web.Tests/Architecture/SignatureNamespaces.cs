using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Catalog.Web.Tests.Architecture;

/// <summary>Decodes a metadata signature into the namespaces of every type it names (generic arguments, arrays and
/// pointers included), for <see cref="NamespaceGraph"/>.</summary>
internal sealed class SignatureNamespaces(MetadataReader reader) : ISignatureTypeProvider<IEnumerable<string>, object?>
{
    public IEnumerable<string> GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) =>
        [NamespaceGraph.NamespaceOf(reader, handle)];

    public IEnumerable<string> GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) =>
        [NamespaceGraph.NamespaceOf(reader, handle)];

    public IEnumerable<string> GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public IEnumerable<string> GetGenericInstantiation(IEnumerable<string> genericType, ImmutableArray<IEnumerable<string>> typeArguments) =>
        genericType.Concat(typeArguments.SelectMany(a => a));

    public IEnumerable<string> GetArrayType(IEnumerable<string> elementType, ArrayShape shape) => elementType;

    public IEnumerable<string> GetSZArrayType(IEnumerable<string> elementType) => elementType;

    public IEnumerable<string> GetByReferenceType(IEnumerable<string> elementType) => elementType;

    public IEnumerable<string> GetPointerType(IEnumerable<string> elementType) => elementType;

    public IEnumerable<string> GetPinnedType(IEnumerable<string> elementType) => elementType;

    public IEnumerable<string> GetModifiedType(IEnumerable<string> modifier, IEnumerable<string> unmodifiedType, bool isRequired) => unmodifiedType;

    public IEnumerable<string> GetFunctionPointerType(MethodSignature<IEnumerable<string>> signature) =>
        signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p));

    public IEnumerable<string> GetGenericMethodParameter(object? genericContext, int index) => [];

    public IEnumerable<string> GetGenericTypeParameter(object? genericContext, int index) => [];

    public IEnumerable<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];
}
