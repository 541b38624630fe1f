// The baseline's only behaviour: the displayed year follows the slider.
const slider = document.getElementById('year-slider');
const output = document.querySelector('output.year-display');
slider.max = String(new Date().getFullYear());
slider.addEventListener('input', () => {
  output.textContent = slider.value;
  output.dataset.year = slider.value;
});
