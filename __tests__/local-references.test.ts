import { ReferenceResolver, UnresolvedReference } from "../local/references";

/** local/references.ts: Terraform references resolve to local attributes; Terraform's escapes stay literal text. */

const json = {
  resource: {
    oci_streaming_stream: { S: { name: "orders", partitions: 1 } },
  },
};
const resolver = new ReferenceResolver(json, (address) =>
  address.type === "oci_streaming_stream" ? { id: `ocid1.stream.${address.name}` } : undefined,
);

test("a reference resolves, whole or interpolated", () => {
  expect(resolver.resolve("${oci_streaming_stream.S.id}", "x")).toBe("ocid1.stream.S");
  expect(resolver.resolve("id=${oci_streaming_stream.S.id};n=${oci_streaming_stream.S.name}", "x")).toBe(
    "id=ocid1.stream.S;n=orders",
  );
});

test("$${ and %%{ are Terraform's escapes: a literal ${ and %{, never a reference", () => {
  expect(resolver.resolve("$${request.auth[client]}", "x")).toBe("${request.auth[client]}");
  expect(resolver.resolve(["a $${request.headers[x]} b ${oci_streaming_stream.S.id}"], "x")).toEqual([
    "a ${request.headers[x]} b ocid1.stream.S",
  ]);
  expect(resolver.resolve("%%{literal}", "x")).toBe("%{literal}");
});

test("an unescaped context variable, a directive or an unknown resource is refused by name", () => {
  expect(() => resolver.resolve("${request.auth[client]}", "route.values[0]")).toThrow(
    /cannot resolve \$\{request\.auth\[client\]\} in route\.values\[0\]: only <type>\.<name>\.<attribute>/,
  );
  expect(() => resolver.resolve("%{ if true }x%{ endif }", "w")).toThrow(UnresolvedReference);
  expect(() => resolver.resolve("${oci_streaming_stream.T.id}", "w")).toThrow(
    /oci_streaming_stream\.T is not in the stack/,
  );
});
