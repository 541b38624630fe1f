fn main() {
    kurils_map::crash::install();
    kurils_map::start();
}
