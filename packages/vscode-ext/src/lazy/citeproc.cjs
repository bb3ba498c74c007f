// The CSL processor as a file of its own (dist/citeproc.cjs): the Node build of the extension leaves `citeproc` out
// of dist/extension.cjs and @natolex/data requires this file on the first citation, so activation never parses it.
module.exports = require('citeproc');
