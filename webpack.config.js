const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_BASE, addinAddress, productionManifest, withContentSecurityPolicy } = require("./build/deployment");

const DEV_PORT = 3000;

async function httpsOptions() {
  // Only `webpack serve` needs the trusted localhost certificate that Office requires.
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Installing the CA needs sudo, which Linux containers often lack; the certificates themselves exist by now.
    const fs = require("node:fs");
    const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
    const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
    if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) throw error;
    console.warn(
      `\n${error.message}\nServing with the generated certificate; trust ${path.join(dir, "ca.crt")} in your browser ` +
        "(Settings → Privacy and security → Certificates → Authorities → Import) so Excel on the web accepts https://localhost:3000.\n",
    );
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  }
}

/**
 * Puts each page's Content-Security-Policy into it once the page is final: html-webpack-plugin minifies its <style>
 * blocks while emitting (at OPTIMIZE_INLINE), and the hashes must be of the text the browser will see.
 */
class ContentSecurityPolicyPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ContentSecurityPolicy", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ContentSecurityPolicy", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith(".html"))) {
          const page = compilation.getAsset(name).source.source().toString();
          compilation.updateAsset(name, new sources.RawSource(withContentSecurityPolicy(page)));
        }
      });
    });
  }
}

/** ADDIN_URL moves every manifest address to where an organisation hosts dist/; without it the manifest stays local. */
function manifestAddress() {
  const given = process.env.ADDIN_URL;
  if (given === undefined || given.trim() === "") {
    console.log(`\nDevelopment manifest: dist/manifest.xml points at ${DEV_BASE}. To deploy, build with ADDIN_URL=https://<your server>/\n`);
    return undefined;
  }
  let address;
  try {
    address = addinAddress(given);
  } catch (error) {
    // A mistyped address is the administrator's to fix: one sentence, no stack trace.
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  console.log(`\nProduction manifest: every address in dist/manifest.xml starts with ${address.base}\n`);
  return address;
}

module.exports = async (_env, argv) => {
  const dev = argv.mode === "development";
  const serving = process.env.WEBPACK_SERVE === "true";
  const address = manifestAddress();
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2017", jsx: "automatic" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/commands/dialog.html", chunks: ["dialog"] }),
      new ContentSecurityPolicyPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (address ? productionManifest(content.toString("utf8"), address) : content),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
        }
      : undefined,
  };
};
