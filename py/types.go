package py

// The builtin types. Their methods and constructors are attached by
// init functions in the file of each type (which avoids Go
// initialization cycles between the type values and their methods).
var (
	ObjectType = NewBuiltinType("object", nil, nil)
	TypeType   = NewBuiltinType("type", ObjectType, nil)

	NoneTypeType           = NewBuiltinType("NoneType", ObjectType, nil)
	NotImplementedTypeType = NewBuiltinType("NotImplementedType", ObjectType, nil)
	EllipsisTypeType       = NewBuiltinType("ellipsis", ObjectType, nil)

	IntType     = NewBuiltinType("int", ObjectType, nil)
	BoolType    = NewBuiltinType("bool", IntType, nil)
	FloatType   = NewBuiltinType("float", ObjectType, nil)
	ComplexType = NewBuiltinType("complex", ObjectType, nil)

	StrType        = NewBuiltinType("str", ObjectType, nil)
	BytesType      = NewBuiltinType("bytes", ObjectType, nil)
	ByteArrayType  = NewBuiltinType("bytearray", ObjectType, nil)
	MemoryViewType = NewBuiltinType("memoryview", ObjectType, nil)

	TupleType     = NewBuiltinType("tuple", ObjectType, nil)
	ListType      = NewBuiltinType("list", ObjectType, nil)
	DictType      = NewBuiltinType("dict", ObjectType, nil)
	SetType       = NewBuiltinType("set", ObjectType, nil)
	FrozenSetType = NewBuiltinType("frozenset", ObjectType, nil)
	RangeType     = NewBuiltinType("range", ObjectType, nil)
	SliceType     = NewBuiltinType("slice", ObjectType, nil)

	FunctionType         = NewBuiltinType("function", ObjectType, nil)
	BuiltinType          = NewBuiltinType("builtin_function_or_method", ObjectType, nil)
	MethodType           = NewBuiltinType("method", ObjectType, nil)
	MethodDescriptorType = NewBuiltinType("method_descriptor", ObjectType, nil)
	GetSetType           = NewBuiltinType("getset_descriptor", ObjectType, nil)
	MemberDescriptorType = NewBuiltinType("member_descriptor", ObjectType, nil)
	PropertyType         = NewBuiltinType("property", ObjectType, nil)
	ClassMethodType      = NewBuiltinType("classmethod", ObjectType, nil)
	StaticMethodType     = NewBuiltinType("staticmethod", ObjectType, nil)
	SuperType            = NewBuiltinType("super", ObjectType, nil)
	ModuleType           = NewBuiltinType("module", ObjectType, nil)
	CellType             = NewBuiltinType("cell", ObjectType, nil)
	CodeType             = NewBuiltinType("code", ObjectType, nil)
	FrameType            = NewBuiltinType("frame", ObjectType, nil)
	TracebackType        = NewBuiltinType("traceback", ObjectType, nil)
	GeneratorType        = NewBuiltinType("generator", ObjectType, nil)
	CoroutineType        = NewBuiltinType("coroutine", ObjectType, nil)
	AsyncGeneratorType   = NewBuiltinType("async_generator", ObjectType, nil)
	CoroutineWrapperType = NewBuiltinType("coroutine_wrapper", ObjectType, nil)
	AsyncGenASendType    = NewBuiltinType("async_generator_asend", ObjectType, nil)
	IteratorType         = NewBuiltinType("iterator", ObjectType, nil)
	CallableIteratorType = NewBuiltinType("callable_iterator", ObjectType, nil)
	MappingProxyType     = NewBuiltinType("mappingproxy", ObjectType, nil)
	NamespaceType        = NewBuiltinType("SimpleNamespace", ObjectType, nil)
)

func init() {
	for _, t := range []*Type{BoolType, NoneTypeType, NotImplementedTypeType, EllipsisTypeType,
		RangeType, SliceType, FunctionType, BuiltinType, MethodType, MethodDescriptorType,
		GetSetType, CellType, CodeType, FrameType, TracebackType, GeneratorType, CoroutineType,
		AsyncGeneratorType, CoroutineWrapperType, AsyncGenASendType, IteratorType,
		CallableIteratorType, MappingProxyType, MemoryViewType} {
		t.Flags |= FlagFinal
	}
	NamespaceType.Module = "types"
}
