curl -X GET "https://videogenapi.com/api/v1/status/gen_686717fe97bd3_055867" \
  -H "Authorization: Bearer YOUR_API_KEY"
