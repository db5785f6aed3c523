package py

// Inline caches: each LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL
// instruction remembers what its last lookup found, keyed by what makes the
// answer valid, so that a repeated lookup is a few comparisons instead of
// a walk of the MRO and a hash probe.
//
//   - Instance attributes: instances of one class usually get their
//     attributes in the same order (in __init__), so the position of the
//     name among the instance dict's entries is the same for all of them.
//     The cache keeps the class, the type epoch (which changes whenever any
//     class dictionary changes, so "the class has no data descriptor of
//     this name" still holds) and the position; a hit checks that the
//     entry there holds the same interned name.
//   - Methods: the class and epoch give the function found on the class;
//     a hit checks that the instance dict does not shadow it.
//   - Module attributes (math.sqrt, struct.pack): as globals, keyed by
//     the module's dict and its version; module is a builtin type whose
//     data descriptors (__dict__, __class__) are never cached.
//   - Globals: a dict's version changes only when keys are added or
//     removed, so while the globals (and builtins) versions match, the
//     name is still at the cached entry position, whose value is read (or,
//     for STORE_GLOBAL, written) in place.
type inlineCache struct {
	cls     *Type
	dict    *Dict // LOAD_GLOBAL: the dict the name was found in
	globals *Dict // LOAD_GLOBAL: the globals it was looked up in
	epoch   uint64
	version uint64 // LOAD_GLOBAL: globals' version (plus builtins' when found there)
	index   int
	attr    Object // LOAD_METHOD: the function found on the class
}

// cacheAt returns the inline cache of instruction pc, allocating the
// code's caches on first use.
func (c *Code) cacheAt(pc int) *inlineCache {
	if c.caches == nil {
		c.caches = make([]inlineCache, len(c.ins))
	}
	return &c.caches[pc]
}

// entryIs reports whether d's entry at i holds the key name (by identity).
func (d *Dict) entryIs(i int, name *Str) bool {
	if uint(i) >= uint(len(d.entries)) {
		return false
	}
	k, ok := d.entries[i].key.(*Str)
	return ok && k == name
}

// entryOf returns the position of name (by identity) in d's entries, or -1.
func (d *Dict) entryOf(name *Str) int {
	if d == nil {
		return -1
	}
	if d.index == nil {
		for i := range d.entries {
			if d.entryIs(i, name) {
				return i
			}
		}
		return -1
	}
	_, ix, _ := d.find(nil, name, name.Hash())
	if ix >= 0 && d.entryIs(ix, name) {
		return ix
	}
	return -1
}

// plainAttrs reports whether attribute access on instances of cls follows
// the generic rules (no __getattribute__/__setattr__/__delattr__ override)
// and the class attribute name, if any, is not a data descriptor.
func plainAttrs(cls *Type, name *Str) bool {
	if cls.Flags&FlagCustomAttrs != 0 {
		return false
	}
	attr := cls.Lookup(name)
	return attr == nil || !isDataDescriptor(attr)
}

// loadAttrCached returns o.name from the cache of instruction pc, or nil.
func (c *Code) loadAttrCached(pc int, o *Instance, name *Str) Object {
	if c.caches == nil {
		return nil
	}
	ic := &c.caches[pc]
	if ic.cls != o.Cls || ic.epoch != typeEpoch.Load() || o.Dict == nil || !o.Dict.entryIs(ic.index, name) {
		return nil
	}
	return o.Dict.entries[ic.index].value
}

// fillAttrCache records where o.name lives after a successful lookup.
func (c *Code) fillAttrCache(pc int, o *Instance, name *Str) {
	ep := typeEpoch.Load()
	if !plainAttrs(o.Cls, name) {
		return
	}
	if i := o.Dict.entryOf(name); i >= 0 {
		*c.cacheAt(pc) = inlineCache{cls: o.Cls, epoch: ep, index: i}
	}
}

// storeAttrCached performs o.name = v through the cache of instruction
// pc, reporting whether it could.
func (c *Code) storeAttrCached(pc int, o *Instance, name *Str, v Object) bool {
	if c.caches == nil {
		return false
	}
	ic := &c.caches[pc]
	if ic.cls != o.Cls || ic.epoch != typeEpoch.Load() {
		return false
	}
	d := o.Dict
	if d != nil && d.entryIs(ic.index, name) {
		d.entries[ic.index].value = v
		return true
	}
	return appendAttr(o, d, ic.index, name, v)
}

// appendAttr is storeAttrCached for an instance that does not have the
// attribute yet and whose dict has as many entries as the cached one had
// before the name was added (a new instance getting its attributes in
// __init__, in the same order as the last one): it adds the entry in
// place, as genericSetAttr would, without the class lookups.
func appendAttr(o *Instance, d *Dict, at int, name *Str, v Object) bool {
	if d == nil {
		if at != 0 {
			return false
		}
		d = NewDictSize(o.Cls.dictSize)
		o.Dict = d
	}
	// A linear dict of interned names only (not mixed): name is absent
	// unless one of its keys is the same object.
	if len(d.entries) != at || d.index != nil || d.mixed || d.used != at || at >= linearMax {
		return false
	}
	for i := range d.entries {
		if d.entries[i].key == Object(name) {
			return false
		}
	}
	d.entries = append(d.entries, dictEntry{hash: name.Hash(), key: name, value: v})
	d.used++
	d.version++
	if d.used > o.Cls.dictSize {
		o.Cls.dictSize = d.used
	}
	return true
}

// loadMethodCached returns the class function for o.name from the cache
// of instruction pc, or nil.
func (c *Code) loadMethodCached(pc int, o *Instance, name *Str) Object {
	if c.caches == nil {
		return nil
	}
	ic := &c.caches[pc]
	if ic.cls != o.Cls || ic.epoch != typeEpoch.Load() || (o.Dict != nil && o.Dict.GetStr(name) != nil) {
		return nil
	}
	return ic.attr
}

// fillMethodCache records the class function GetMethod found for o.name.
func (c *Code) fillMethodCache(pc int, o *Instance, name *Str, fn Object) {
	ep := typeEpoch.Load()
	if o.Cls.Flags&FlagCustomAttrs != 0 || o.Cls.Lookup(name) != fn {
		return
	}
	*c.cacheAt(pc) = inlineCache{cls: o.Cls, epoch: ep, attr: fn}
}

// loadGlobalCached returns global or builtin name through the cache of
// instruction pc, or nil.
func (c *Code) loadGlobalCached(pc int, globals, builtins *Dict) Object {
	if c.caches == nil {
		return nil
	}
	ic := &c.caches[pc]
	if ic.globals != globals || ic.version != globals.version {
		return nil
	}
	if ic.dict != globals && (ic.dict != builtins || ic.epoch != builtins.version) {
		return nil
	}
	return ic.dict.entries[ic.index].value
}

// storeGlobalCached assigns global name (found in globals by the cache of
// instruction pc) in place, reporting whether it could.
func (c *Code) storeGlobalCached(pc int, globals *Dict, v Object) bool {
	if c.caches == nil {
		return false
	}
	ic := &c.caches[pc]
	if ic.globals != globals || ic.dict != globals || ic.version != globals.version {
		return false
	}
	globals.entries[ic.index].value = v
	return true
}

// fillGlobalCache records where global name was found.
func (c *Code) fillGlobalCache(pc int, globals, builtins *Dict, name *Str) {
	if i := globals.entryOf(name); i >= 0 {
		*c.cacheAt(pc) = inlineCache{dict: globals, globals: globals, version: globals.version, index: i}
		return
	}
	if i := builtins.entryOf(name); i >= 0 {
		*c.cacheAt(pc) = inlineCache{dict: builtins, globals: globals, version: globals.version, epoch: builtins.version, index: i}
	}
}

// loadModuleAttrCached returns m.name from the cache of instruction pc,
// or nil. An instance entry (cls set) never matches.
func (c *Code) loadModuleAttrCached(pc int, m *Module) Object {
	if c.caches == nil {
		return nil
	}
	ic := &c.caches[pc]
	if ic.globals != m.Dict || ic.version != m.Dict.version || ic.cls != nil {
		return nil
	}
	return m.Dict.entries[ic.index].value
}

// fillModuleAttrCache records where m.name lives after a lookup that
// found it in the module's dict (not a data descriptor of the module type).
func (c *Code) fillModuleAttrCache(pc int, m *Module, name *Str) {
	if attr := ModuleType.Lookup(name); attr != nil && isDataDescriptor(attr) {
		return
	}
	if i := m.Dict.entryOf(name); i >= 0 {
		*c.cacheAt(pc) = inlineCache{globals: m.Dict, version: m.Dict.version, index: i}
	}
}

// loadAttr is LOAD_ATTR past its instance fast path: a module attribute
// through the cache, else the full lookup, which then fills the cache.
func (c *Code) loadAttr(t *Thread, pc int, o Object, name *Str) (Object, error) {
	mod, isMod := o.(*Module)
	if isMod {
		if v := c.loadModuleAttrCached(pc, mod); v != nil {
			return v, nil
		}
	}
	v, err := GetAttr(t, o, name)
	if err != nil {
		return nil, err
	}
	if inst, ok := o.(*Instance); ok {
		c.fillAttrCache(pc, inst, name)
	} else if isMod {
		c.fillModuleAttrCache(pc, mod, name)
	}
	return v, nil
}

// loadMethod is LOAD_METHOD past its instance fast path, as loadAttr
// (module.f(...) calls a plain attribute, unbound).
func (c *Code) loadMethod(t *Thread, pc int, o Object, name *Str) (fn, self Object, err error) {
	mod, isMod := o.(*Module)
	if isMod {
		if v := c.loadModuleAttrCached(pc, mod); v != nil {
			return v, nil, nil
		}
	}
	fn, self, err = GetMethod(t, o, name)
	if err != nil {
		return nil, nil, err
	}
	if inst, ok := o.(*Instance); ok && self != nil {
		c.fillMethodCache(pc, inst, name, fn)
	} else if isMod && self == nil {
		c.fillModuleAttrCache(pc, mod, name)
	}
	return fn, self, nil
}
