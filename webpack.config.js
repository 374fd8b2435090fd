const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

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

module.exports = async (_env, argv) => {
  const dev = argv.mode === "development";
  const serving = process.env.WEBPACK_SERVE === "true";
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
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
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
