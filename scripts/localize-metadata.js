// PLACEHOLDER owned by the custom-functions work: writes functions.sv.json / functions.en.json.
class LocalizedMetadataPlugin {
  constructor(options) {
    this.options = options;
  }
  apply() {}
}
module.exports = { LocalizedMetadataPlugin };
