document.querySelectorAll('input.filter').forEach((input) => {
  const table = document.getElementById(input.dataset.table);
  input.addEventListener('input', () => {
    const needle = input.value.toLowerCase();
    Array.from(table.tBodies[0].rows).forEach((row) => {
      row.hidden = !row.textContent.toLowerCase().includes(needle);
    });
  });
});
document.querySelectorAll('table.sortable').forEach((table) => {
  const rows = () => Array.from(table.tBodies[0].rows);
  table.tHead.rows[0].querySelectorAll('th').forEach((header, column) => {
    header.addEventListener('click', () => {
      const ascending = header.dataset.order !== 'asc';
      header.dataset.order = ascending ? 'asc' : 'desc';
      const value = (row) => row.cells[column].textContent;
      const sorted = rows().sort((a, b) => {
        const x = parseFloat(value(a)), y = parseFloat(value(b));
        const order = (isNaN(x) || isNaN(y)) ? value(a).localeCompare(value(b)) : x - y;
        return ascending ? order : -order;
      });
      sorted.forEach((row) => table.tBodies[0].appendChild(row));
    });
  });
});
document.body.dataset.ready = 'yes';
