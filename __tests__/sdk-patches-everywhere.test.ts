import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
/** Where product code that calls OCI lives: functions, their library, the CLIs and the local runtime. */
const SOURCE_DIRS = ["cli", "functions", "lib", "local"];
const SDK_CLIENT = /\bnew (\w+Client)\(/;
/** Imports that install lib/sdk-patches.ts (directly, or through the clients' shared context). */
const PATCHES = /(from |import |import\()"[./]*(lib\/)?(sdk-patches|clients\/client-context|client-context)"/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Files that construct an OCI SDK client (a class imported from an oci-* package) and do not install the patches. */
function unpatchedClientFiles(files: readonly string[]): string[] {
  return files.filter((file) => {
    const text = fs.readFileSync(file, "utf8");
    const constructed = [...text.matchAll(new RegExp(SDK_CLIENT, "g"))].map((m) => m[1]);
    // A static import, or a lazy one (`const { X } = await import("oci-x")`).
    const fromSdk = constructed.some((name) =>
      new RegExp(`\\{[^}]*\\b${name}\\b[^}]*\\}( from |\\s*=\\s*await import\\()"oci-[a-z]+"`).test(text),
    );
    return fromSdk && !PATCHES.test(text);
  });
}

describe("every OCI SDK client runs with lib/sdk-patches.ts", () => {
  // The patches make a request's signed URI the one sent, oci-common's empty-body check O(1) (~600 ms of CPU per
  // 1 MiB PutMessages without) and each signature ~0.8 ms cheaper (the key parsed once): a client built without them
  // signs differently and produces slowly.
  test("each file that builds an SDK client installs the patches", () => {
    const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
    expect(unpatchedClientFiles(files).map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  test("the check finds a client built without them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sdk-patches-"));
    try {
      const bare = path.join(dir, "bare.ts");
      fs.writeFileSync(bare, 'import { StreamClient } from "oci-streaming";\nexport const c = new StreamClient({});\n');
      const patched = path.join(dir, "patched.ts");
      fs.writeFileSync(
        patched,
        'import { StreamClient } from "oci-streaming";\nimport "../lib/sdk-patches";\nexport const c = new StreamClient({});\n',
      );
      const lazy = path.join(dir, "lazy.ts");
      fs.writeFileSync(
        lazy,
        'export async function c() {\n  const { VaultsClient } = await import("oci-vault");\n  return new VaultsClient({});\n}\n',
      );
      expect(unpatchedClientFiles([bare, patched, lazy])).toEqual([bare, lazy]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
