fn main() {
    kurils_map::live::crash::install();
    kurils_map::live::start();
}
