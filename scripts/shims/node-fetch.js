// Bundled in place of node-fetch 2 (see build-functions.ts): the Node 22 runtime's own fetch, under node-fetch's
// CommonJS shape (the function itself, also as `.default`, with its classes).
module.exports = globalThis.fetch;
module.exports.default = globalThis.fetch;
module.exports.Headers = globalThis.Headers;
module.exports.Request = globalThis.Request;
module.exports.Response = globalThis.Response;
